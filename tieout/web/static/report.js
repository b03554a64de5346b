// The number panel: click or focus a number to see its source line and its checks.
// Every piece of document text is set with textContent, never parsed as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("cells-data").textContent);
  const cells = data.cells;
  const lines = data.lines;
  const checks = JSON.parse(document.getElementById("checks-data").textContent);
  const panel = document.getElementById("detail");
  let selected = null;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function show(key) {
    const cell = cells[key];
    if (!cell) return;
    if (selected) selected.classList.remove("selected");
    selected = document.querySelector('[data-cell="' + CSS.escape(key) + '"].num');
    if (selected) selected.classList.add("selected");
    const parts = key.split(":");
    const label = data.rows[parts[0] + ":" + parts[1]] || "";
    const column = data.columns[parts[0] + ":" + parts[2]] || {heading: "", unit: ""};
    document.getElementById("detail-title").textContent =
      label + " · " + column.heading + " · " + cell.text + " (" + column.unit + ")";
    const status = document.getElementById("detail-status");
    status.textContent = cell.status.replace("_", " ");
    status.className = "badge s-" + cell.status;
    const source = document.getElementById("detail-source");
    source.replaceChildren();
    if (cell.source) {
      const [line, page, start, end] = cell.source;
      const text = lines[line] || "";
      const where = "line " + line + (page ? ", page " + page : "") + ": ";
      source.append(el("span", where, "muted"), el("span", text.slice(0, start - 1)),
        el("mark", text.slice(start - 1, end)), el("span", text.slice(end)));
      if (panel.dataset.pages && page) {
        const link = el("a", "show on page " + page, "page-link");
        link.href = panel.dataset.pages + page + "#c-" + key.split(":").join("-");
        source.append(el("br"), link);
      }
    } else {
      source.append(el("span", "not printed: the value follows from arithmetic", "muted"));
    }
    const list = document.getElementById("detail-checks");
    list.replaceChildren();
    if (!cell.checks.length) list.append(el("li", "no check used this number", "muted"));
    for (const n of cell.checks) {
      const check = checks[n - 1];
      const item = el("li", null, "check st-" + check.status);
      item.append(el("span", check.code + " ", "code"), el("span", check.status + " ", "badge b-" + check.status),
        el("div", check.description, "arith"));
      if (check.message) item.append(el("div", check.message, "msg"));
      list.append(item);
    }
    panel.hidden = false;
  }

  document.addEventListener("click", function (event) {
    const target = event.target.closest("[data-cell]");
    if (!target) return;
    if (target.tagName === "A") event.preventDefault();
    show(target.dataset.cell);
    if (target.tagName === "A" && selected) selected.scrollIntoView({block: "center"});
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.dataset && event.target.dataset.cell) show(event.target.dataset.cell);
    if (event.key === "Escape") panel.hidden = true;
  });
  document.getElementById("detail-close").addEventListener("click", function () { panel.hidden = true; });
})();
