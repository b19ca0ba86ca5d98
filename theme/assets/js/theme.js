// Lectern theme: the light/dark toggle (remembered in localStorage; the <head> script applies it before
// first paint) and the navigation menu button on small screens. No dependencies.
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "lectern-theme";
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return !!(media && media.matches);
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var sync = function () { toggle.setAttribute("aria-pressed", String(isDark())); };
    sync();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: choice lasts for this page */ }
      sync();
    });
    if (media && media.addEventListener) media.addEventListener("change", sync);
  }

  // Code blocks and tables that scroll sideways must be reachable by keyboard.
  var wide = document.querySelectorAll(".page__content pre, .page__content table");
  for (var i = 0; i < wide.length; i++) {
    if (wide[i].scrollWidth > wide[i].clientWidth && !wide[i].hasAttribute("tabindex")) wide[i].setAttribute("tabindex", "0");
  }

  var nav = document.getElementById("site-nav");
  var menu = document.querySelector(".site-nav__toggle");
  if (nav && menu) {
    var setOpen = function (open) {
      menu.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-open", open);
    };
    menu.addEventListener("click", function () {
      setOpen(menu.getAttribute("aria-expanded") !== "true");
      if (nav.classList.contains("is-open")) {
        var first = nav.querySelector("a");
        if (first) first.focus();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        setOpen(false);
        menu.focus();
      }
    });
  }
})();
