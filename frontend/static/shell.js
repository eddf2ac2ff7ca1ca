// Runs before the first paint (a classic script in <head>; the CSP allows no inline script):
// picks which page's heading index.html's static shell shows, so the heading a visitor sees
// first is the page's own. Only for English, the shell's language: a visitor who chose Spanish
// or French (or whose browser prefers them, as frontend/src/i18n.rs decides) sees the frame
// alone until the app draws the page in their language.
(function () {
  var pages = { "/": "home", "/feedback": "feedback", "/check": "check", "/board": "board",
    "/survey": "survey", "/validation-report": "validation-report" };
  var page = pages[location.pathname.replace(/\/+$/, "") || "/"];
  var lang = null;
  try { lang = localStorage.getItem("ctpat-language"); } catch (e) { /* storage blocked */ }
  if (!lang) {
    var prefs = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < prefs.length && !lang; i++) {
      var primary = String(prefs[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === "en" || primary === "es" || primary === "fr") lang = primary;
    }
  }
  if (page && (lang || "en") === "en") document.documentElement.setAttribute("data-shell", page);
})();
