// The start page's map: a click on a municipality adds it to (or takes it from) the list.
(function () {
  const input = document.getElementById("municipalities");
  function chosen() {
    return input.value.split(",").map((s) => s.trim()).filter((s) => s);
  }
  function mark() {
    const numbers = new Set(chosen().map((s) => s.split(" ")[0]));
    document.querySelectorAll("svg.pickmap circle").forEach((c) => {
      c.classList.toggle("chosen", numbers.has(c.dataset.pick.split(" ")[0]));
    });
  }
  document.querySelectorAll("svg.pickmap circle").forEach((circle) => {
    circle.addEventListener("click", () => {
      const number = circle.dataset.pick.split(" ")[0];
      const kept = chosen().filter((s) => s.split(" ")[0] !== number);
      if (kept.length === chosen().length) kept.push(circle.dataset.pick);
      input.value = kept.join(", ");
      mark();
    });
  });
  input.addEventListener("input", mark);
  mark();
})();
