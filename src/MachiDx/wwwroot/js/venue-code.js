// The venue screen: fetches the current check-in code when the shown one is about to change, and counts down.
// Without JavaScript the page offers a link to reload.
(function () {
  const root = document.querySelector("[data-venue-code]");
  if (!root) return;
  const url = root.getAttribute("data-venue-code");
  const qr = document.getElementById("venue-qr");
  const code = document.getElementById("venue-code");
  const text = document.getElementById("venue-text");
  const seconds = document.getElementById("venue-seconds");
  const reload = document.getElementById("venue-reload");
  if (reload) reload.hidden = true;
  let left = parseInt(seconds.textContent, 10) || 1;

  async function refresh() {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" });
      if (response.ok) {
        const state = await response.json();
        if (text.textContent !== state.text) text.textContent = state.text;
        if (state.open && !qr) { location.reload(); return; }
        code.textContent = state.code || "";
        if (qr) {
          qr.hidden = !state.open;
          if (state.qrDataUri) qr.src = state.qrDataUri;
        }
        left = state.open ? state.secondsLeft : 30;
      } else {
        left = 5;
      }
    } catch (e) {
      left = 5;
    }
  }

  setInterval(function () {
    left -= 1;
    if (left <= 0) {
      left = 30;
      refresh();
    }
    seconds.textContent = String(Math.max(left, 0));
  }, 1000);
})();
