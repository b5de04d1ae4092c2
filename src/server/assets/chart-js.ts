// The charts' script in /assets/app.js: a reader hides or shows a claimant's line, and the page redraws
// the server's SVG with the same module (/assets/timeline.js) the server drew it with.
export const CHART_JS = `
const charts = document.querySelectorAll("figure.chart[data-timeline]");
if (charts.length > 0) {
  const { renderTimeline } = await import("/assets/timeline.js");
  for (const figure of charts) {
    const lines = JSON.parse(figure.querySelector("script.timeline-data").textContent);
    const hidden = new Set();
    const draw = () => {
      figure.querySelector("svg").outerHTML = renderTimeline(lines.filter((line) => !hidden.has(line.name)), { title: figure.dataset.title });
    };
    const controls = document.createElement("div");
    controls.className = "chart-controls";
    for (const line of lines) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.claimant = line.name;
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(line.name);
        else hidden.add(line.name);
        draw();
      });
      label.style.borderColor = line.color;
      label.append(box, " ", line.name);
      controls.append(label);
    }
    figure.append(controls);
  }
}
`;
