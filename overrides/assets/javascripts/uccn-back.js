/* On a source's page opened from a fact's evidence (#stycke-N, from a page of this site), a link
   back to the fact is put after the paragraph: it goes back in the history, to where the reader
   was on that page. Its words are the page's own (<template id="uccn-back">); without this
   script, or when the page was opened some other way, there is no link and nothing is lost. */
(function () {
  "use strict";
  var template = document.getElementById("uccn-back");
  var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!template || !target || !/^stycke-\d+$/.test(target.id) || !document.referrer) {
    return;
  }
  var from;
  try {
    from = new URL(document.referrer);
  } catch (error) {
    return;
  }
  if (from.origin !== location.origin || from.pathname === location.pathname) {
    return;
  }
  var back = template.content.firstElementChild.cloneNode(true);
  var link = back.querySelector("a");
  link.href = from.pathname + from.search + from.hash;
  link.addEventListener("click", function (event) {
    if (history.length > 1) {
      event.preventDefault();
      history.back();
    }
  });
  target.insertAdjacentElement("afterend", back);
})();
