// Progressive enhancement for the draft board: polls the board's JSON every 3 seconds and redraws the
// table in place (no page reloads, no meta refresh). Without JavaScript the page offers a reload link.
(function () {
  const root = document.querySelector("[data-draft-board]");
  if (!root) return;
  const url = root.getAttribute("data-draft-board");
  const status = document.getElementById("board-status");
  const body = document.getElementById("board-rows");
  const reload = document.getElementById("board-reload");
  if (reload) reload.hidden = true;

  function cell(text, numeric) {
    const td = document.createElement("td");
    td.textContent = text;
    if (numeric) td.className = "num";
    return td;
  }

  async function poll() {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const board = await response.json();
        if (status.textContent !== board.status) status.textContent = board.status;
        if (body.children.length !== board.rows.length) {
          body.replaceChildren(...board.rows.map(function (r) {
            const tr = document.createElement("tr");
            tr.append(cell(String(r.sequence), true), cell(r.round), cell(r.department), cell(r.candidate), cell(r.result));
            return tr;
          }));
        }
        if (board.finished) return;
      }
    } catch (e) {
      // Network hiccup: try again on the next tick.
    }
    setTimeout(poll, 3000);
  }
  setTimeout(poll, 1000);
})();
