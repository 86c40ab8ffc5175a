/* The site's one script, in two parts that do not depend on it: without it every page works. */

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
  var current = location.pathname;

  // Names go in as text: a function as the replacement, so "$&" in a name is not a pattern.
  function put(text, placeholder, value) {
    return text.replace(placeholder, function () { return value; });
  }

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
    var template = count.getAttribute("data-template");
    count.textContent = put(put(put(template, "{first}", shown ? "1" : "0"), "{last}", String(shown)), "{total}", String(shown));
    if (heading) {
      document.title = put(document.title, heading.textContent, link.getAttribute("data-heading"));
      heading.textContent = link.getAttribute("data-heading");
    }
    current = link.pathname;
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
    if (location.pathname === current) {
      return;  // an anchor on the same listing, or Back from one: nothing to show anew
    }
    var link = links.filter(function (l) { return l.pathname === location.pathname; })[0];
    if (link) {
      show(link);
    } else {
      location.reload();
    }
  });
})();

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

/* Printing: a link within the site prints its whole address after its words (a link to another
   site does so by the stylesheet alone), and a record's printed address says the day it was
   printed. Without this script a printout has the page's address and the other sites' links. */
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    var links = document.querySelectorAll("article a[href]");
    Array.prototype.forEach.call(links, function (link) {
      var href = link.getAttribute("href");
      if (/^[a-z]+:/i.test(href) || href.charAt(0) === "#") {
        return;  /* another site's (printed by the stylesheet), or a place on this page */
      }
      link.setAttribute("data-print-href", link.href);
    });
    var printed = document.querySelector(".uccn-printed");
    if (printed) {
      var day = new Date().toLocaleDateString(document.documentElement.lang || "sv",
                                              { day: "numeric", month: "long", year: "numeric" });
      printed.textContent = printed.getAttribute("data-label") + " " + day + ".";
    }
  });
})();

/* The menu and search buttons of a narrow screen are labels for the theme's checkboxes, which
   the keyboard cannot reach: each becomes a button that Tab reaches. The theme opens a focused
   label with Enter; Space does it too here. Each says whether what it opens is open; opened from
   the keyboard, the focus goes into it (the menu's first link; the theme focuses the search
   field itself); Escape closes it and gives the focus back to the button. Its name is the one
   the theme writes in the page's language (the label holds only an icon). */
(function () {
  "use strict";
  function asButton(toggleId, named, opened) {
    var toggle = document.getElementById(toggleId);
    var button = document.querySelector('label.md-header__button[for="' + toggleId + '"]');
    if (!toggle || !button) {
      return;
    }
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    if (named) {
      button.setAttribute("aria-label", named);
    }
    function said() {
      button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }
    said();
    toggle.addEventListener("change", function () {
      said();
      if (toggle.checked && document.activeElement === button && opened) {
        window.setTimeout(function () { opened.focus(); }, 0);
      }
    });
    button.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        button.click();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.checked) {
        toggle.checked = false;
        toggle.dispatchEvent(new Event("change"));
        button.focus();
      }
    });
  }
  var menu = document.querySelector(".md-sidebar--primary nav[aria-label]");
  asButton("__drawer", menu && menu.getAttribute("aria-label"), document.querySelector(".md-sidebar--primary a[href]"));
  var search = document.querySelector('.md-search[role="dialog"][aria-label]');
  asButton("__search", search && search.getAttribute("aria-label"), document.querySelector(".md-search__input"));
})();
