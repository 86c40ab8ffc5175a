/* The register's filters, applied in place. Every filter link leads to a page of its own
   that lists the same rows; on a year's own listing when every row of the year is on it
   ([data-register-filters]), a click shows those rows at once instead of loading it.
   The address, the heading, the count and aria-current follow, as on the link's own
   page; back and forward work. Without this script the links simply load their pages. */
(function () {
  "use strict";
  var root = document.querySelector("[data-register-filters]");
  if (!root) {
    return;
  }
  var links = Array.prototype.slice.call(root.querySelectorAll("a[data-filter]"));
  var rows = Array.prototype.slice.call(root.querySelectorAll("table[data-view=register] tbody tr"));
  var count = root.querySelector(".uccn-register-count");
  var heading = document.querySelector("article h1");

  function show(link) {
    var dimension = link.getAttribute("data-filter");
    var value = link.getAttribute("data-value");
    var shown = 0;
    rows.forEach(function (row) {
      var match = !dimension || row.getAttribute("data-" + dimension) === value;
      row.hidden = !match;
      shown += match ? 1 : 0;
    });
    links.forEach(function (other) {
      if (other.pathname === link.pathname) {
        other.setAttribute("aria-current", "page");
      } else {
        other.removeAttribute("aria-current");
      }
    });
    count.textContent = count.getAttribute("data-template")
      .replace("{first}", shown ? "1" : "0").replace("{last}", String(shown)).replace("{total}", String(shown));
    if (heading) {
      document.title = document.title.replace(heading.textContent, link.getAttribute("data-heading"));
      heading.textContent = link.getAttribute("data-heading");
    }
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;  // a new tab or window loads the link's own page
      }
      event.preventDefault();
      show(link);
      history.pushState({ register: link.pathname }, "", link.href);
    });
  });

  window.addEventListener("popstate", function () {
    var link = links.filter(function (l) { return l.pathname === location.pathname; })[0];
    if (link) {
      show(link);
    } else {
      location.reload();
    }
  });
})();
