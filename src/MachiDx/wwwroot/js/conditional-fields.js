// Progressive enhancement: hides fields whose condition (data-visible-when / data-visible-in) is not
// met. The server evaluates the same conditions and drops values of hidden fields, so this is only
// about not showing irrelevant questions.
(function () {
  const form = document.querySelector("form.online-form");
  if (!form) return;
  const dependents = Array.from(form.querySelectorAll("[data-visible-when]"));
  function currentValues(name) {
    return Array.from(form.elements)
      .filter(el => el.name === name && ((el.type !== "radio" && el.type !== "checkbox") || el.checked))
      .map(el => el.value);
  }
  function update() {
    dependents.forEach(el => {
      const allowed = el.getAttribute("data-visible-in").split(" ");
      const show = currentValues(el.getAttribute("data-visible-when")).some(v => allowed.includes(v));
      el.hidden = !show;
    });
  }
  form.addEventListener("change", update);
  update();
})();
