/*
 * "Snel weg" (quick exit): leave the hub at once for a neutral site.
 *
 * Without JavaScript the button is a plain link to that site. With it:
 * - the page is blanked before anything else, so nothing stays on screen while the next site loads;
 * - location.replace() puts the neutral site in place of this page in the tab's history, so Back
 *   does not return here; the entries of earlier hub pages are rewritten (history.replaceState
 *   cannot leave the site, so they are pointed at the home page with a neutral title);
 * - pressing Escape twice (within two seconds) does the same as the button.
 * No cookies, no storage, nothing sent anywhere.
 */
(function () {
  "use strict";
  var ESCAPE_WINDOW_MS = 2000;
  var lastEscape = 0;

  function exitUrl() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.href : "about:blank";
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    var target = exitUrl();
    document.documentElement.classList.add("kp-leaving");
    document.title = "…";
    try {
      history.replaceState(null, "", "/");
    } catch (error) {
      /* Some browsers refuse history changes in private windows: leaving matters more. */
    }
    window.location.replace(target);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) {
      leave(event);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) {
      leave(event);
    }
    lastEscape = now;
  });
})();
