// The dashboard's only script: keeps an open incident's page current. The server sends an event when the incident
// changes; the page then fetches its live part again (server-rendered, already escaped) and swaps it in.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !live.dataset.live || !window.EventSource) return;
  var refreshing = false;
  var again = false;
  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch(live.dataset.fragment, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null) { live.innerHTML = html; live.dataset.refreshed = String(Date.now()); } })
      .finally(function () { refreshing = false; if (again) { again = false; refresh(); } });
  }
  var source = new EventSource(live.dataset.live);
  source.addEventListener("changed", refresh);
  source.addEventListener("open", function () { live.dataset.connected = "true"; });
})();
