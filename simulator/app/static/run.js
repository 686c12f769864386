// The run page's progress bar: poll the run's status; reload the page when it has ended.
(function () {
  const box = document.getElementById("progress-box");
  const bar = document.getElementById("progress");
  const text = document.getElementById("progress-text");
  async function poll() {
    const status = await (await fetch(box.dataset.status)).json();
    if (status.state !== "running") { location.reload(); return; }
    if (status.total > 0) {
      bar.max = status.total;
      bar.value = status.done;
      text.textContent = box.dataset.template
        .replace("{done}", status.done).replace("{total}", status.total);
    }
    setTimeout(poll, 500);
  }
  poll();
})();
