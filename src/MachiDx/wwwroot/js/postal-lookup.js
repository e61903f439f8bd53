// Progressive enhancement: when a postal code field (data-postal-address="<id of the address field>") holds
// 7 digits, looks the code up (GET /api/v1/postal/{code}) and fills the address field if it is still empty.
// The result is announced in a polite live region. Without JavaScript the fields are plain text inputs.
(function () {
  const inputs = Array.from(document.querySelectorAll("input[data-postal-address]"));
  if (inputs.length === 0) return;
  function digits(value) {
    return value.replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/[-－ー‐\s〒]/g, "");
  }
  function commonPrefix(values) {
    return values.reduce((a, b) => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return a.slice(0, i);
    });
  }
  inputs.forEach(input => {
    const target = document.getElementById(input.getAttribute("data-postal-address"));
    if (!target) return;
    const status = document.createElement("p");
    status.className = "hint";
    status.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", status);
    let last = "";
    async function lookup() {
      const code = digits(input.value);
      if (!/^\d{7}$/.test(code) || code === last) return;
      last = code;
      let response;
      try {
        response = await fetch("/api/v1/postal/" + code, { headers: { Accept: "application/json" } });
      } catch {
        return;
      }
      if (response.status === 404) {
        status.textContent = "この郵便番号の住所が見つかりませんでした。住所を入力してください。";
        return;
      }
      if (!response.ok) return;
      const body = await response.json();
      const addresses = body.candidates.map(c => c.address);
      const address = addresses.length === 1 ? addresses[0] : commonPrefix(addresses);
      if (target.value.trim() !== "") {
        status.textContent = "郵便番号の住所：" + addresses.join("、") + "（住所欄は入力済みのため変更していません）";
        return;
      }
      target.value = address;
      status.textContent = addresses.length === 1
        ? "住所欄に「" + address + "」を入力しました。続きの番地などを入力してください。"
        : "住所の候補が" + addresses.length + "件あります（" + addresses.join("、") + "）。住所欄に共通部分を入力しました。";
    }
    input.addEventListener("input", lookup);
    input.addEventListener("change", lookup);
  });
})();
