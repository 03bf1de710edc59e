// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "aiops-theme";

  function applyTheme(value) {
    if (value === "light" || value === "dark") { root.setAttribute("data-theme", value); }
    else { root.removeAttribute("data-theme"); }
  }

  try { applyTheme(localStorage.getItem(key)); } catch (e) { /* storage may be blocked */ }

  function wireTheme() {
    var picker = document.getElementById("theme");
    if (!picker) { return; }
    picker.parentElement.hidden = false;
    picker.value = root.getAttribute("data-theme") || "system";
    picker.addEventListener("change", function () {
      applyTheme(picker.value);
      try {
        if (picker.value === "system") { localStorage.removeItem(key); } else { localStorage.setItem(key, picker.value); }
      } catch (e) { /* storage may be blocked */ }
    });
  }

  function refresh() {
    fetch(location.href, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var next = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live]").forEach(function (part) {
          var fresh = next.getElementById(part.id);
          if (fresh) { part.replaceWith(fresh); }
        });
      })
      .catch(function () { /* the next event tries again */ });
  }

  function wireLive() {
    var url = document.body.getAttribute("data-events");
    if (!url || !window.EventSource || !document.querySelector("[data-live]")) { return; }
    var source = new EventSource(url);
    source.addEventListener("change", refresh);
  }

  document.addEventListener("DOMContentLoaded", function () { wireTheme(); wireLive(); });
})();
