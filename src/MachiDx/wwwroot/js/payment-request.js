// Progressive enhancement for the shop's one-time QR page: follows the request's status and announces the
// payment (the status line is a polite live region). Without JavaScript the page offers a link to reload.
(function () {
  const root = document.querySelector("[data-request-status]");
  if (!root) return;
  const url = root.getAttribute("data-request-status");
  const status = document.getElementById("request-status");
  const reload = document.getElementById("request-reload");
  if (reload) reload.hidden = true;
  let last = status.textContent.trim();

  async function poll() {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const state = await response.json();
        if (state.text.trim() !== last) {
          last = state.text.trim();
          status.innerHTML = "";
          const strong = document.createElement("strong");
          strong.textContent = state.text;
          status.appendChild(strong);
        }
        if (state.paid) {
          const qr = root.querySelector("img.qr");
          if (qr) qr.remove();
          return;
        }
      }
    } catch (e) {
      // Network hiccup: try again on the next tick.
    }
    setTimeout(poll, 1500);
  }
  setTimeout(poll, 1500);
})();
