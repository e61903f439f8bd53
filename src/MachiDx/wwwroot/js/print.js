// Shows "print" buttons only when JavaScript can print; without it, the browser's own print works.
(function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
