// Progressive enhancement for the job status page: polls the job's JSON and updates the page in
// place (no page reloads, which would interrupt screen readers). Without JavaScript the page offers
// a link to reload it.
(function () {
  const root = document.querySelector("[data-job-status]");
  if (!root) return;
  const url = root.getAttribute("data-job-status");
  const progress = document.getElementById("job-progress");
  const percent = document.getElementById("job-percent");
  const status = document.getElementById("job-state");
  const message = document.getElementById("job-message");
  const reload = document.getElementById("job-reload");
  if (reload) reload.hidden = true;

  async function poll() {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) return;
      const job = await response.json();
      progress.value = job.percent;
      progress.textContent = job.percent + "%";
      percent.textContent = job.percent + "%";
      status.textContent = job.statusText;
      message.textContent = job.message;
      if (job.finished) return;
    } catch (e) {
      // Network hiccup: try again on the next tick.
    }
    setTimeout(poll, 1000);
  }
  setTimeout(poll, 500);
})();
