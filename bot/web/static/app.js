// The dashboard's only script (written here; Telegram's telegram-web-app.js is not needed).
// Inside Telegram the page gets initData (window.Telegram.WebApp when present, else the
// #tgWebAppData fragment Telegram adds to the URL); it is posted once for a session cookie.
(function () {
  "use strict";
  var params = new URLSearchParams((location.hash || "").replace(/^#/, ""));
  var webApp = window.Telegram && window.Telegram.WebApp;
  var initData = (webApp && webApp.initData) || params.get("tgWebAppData") || "";
  var theme = (webApp && webApp.themeParams) || null;
  if (!theme && params.get("tgWebAppThemeParams")) {
    try { theme = JSON.parse(params.get("tgWebAppThemeParams")); } catch (e) { theme = null; }
  }
  if (theme) {
    try { sessionStorage.setItem("tgTheme", JSON.stringify(theme)); } catch (e) { /* private mode */ }
  } else {
    try { theme = JSON.parse(sessionStorage.getItem("tgTheme") || "null"); } catch (e) { theme = null; }
  }
  if (theme) {
    Object.keys(theme).forEach(function (key) {
      document.documentElement.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), theme[key]);
    });
  }
  var box = document.getElementById("tg-signin");
  if (!box || !initData) { return; }
  box.hidden = false;
  var body = new URLSearchParams();
  body.set("init_data", initData);
  fetch("/auth/telegram", { method: "POST", body: body, credentials: "same-origin" })
    .then(function (response) {
      if (response.ok) { location.replace(location.pathname + location.search); return; }
      box.textContent = box.getAttribute("data-failed");
    })
    .catch(function () { box.textContent = box.getAttribute("data-failed"); });
})();
