// The lists' overlap as an UpSet chart in inline SVG: one column per combination of lists (a bar of
// the persons named by exactly those lists, dots below marking which), one row per list with its size.
// Shared by the dashboard and any static page; pure text out, every name escaped.

export interface UpsetInput {
  /** Each list with the persons it names. */
  lists: Array<{ name: string; persons: number }>;
  /** Persons named by exactly these lists, largest first. */
  combinations: Array<{ lists: string[]; persons: number }>;
}

const BAR_HEIGHT = 120;
const COLUMN = 28;
const ROW = 22;
const LABEL_WIDTH = 150;
const SET_BAR_WIDTH = 90;
const FONT_SIZE = 12;
/** Beyond this many combinations the chart shows the largest and says how many it left out. */
export const MAX_COMBINATIONS = 30;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function renderUpset(input: UpsetInput, options: { title?: string } = {}): string {
  const lists = [...input.lists].sort((a, b) => b.persons - a.persons || a.name.localeCompare(b.name));
  const shown = input.combinations.slice(0, MAX_COMBINATIONS);
  const left = input.combinations.length - shown.length;
  const title = escapeXml(options.title ?? "Persons named by each combination of lists");
  const maxCombination = Math.max(1, ...shown.map((c) => c.persons));
  const maxList = Math.max(1, ...lists.map((l) => l.persons));
  const matrixTop = BAR_HEIGHT + 20;
  const matrixLeft = LABEL_WIDTH + SET_BAR_WIDTH + 10;
  const width = matrixLeft + Math.max(1, shown.length) * COLUMN + 10;
  const height = matrixTop + lists.length * ROW + (left > 0 ? 24 : 8);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="upset" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${title}</title>`,
  ];
  shown.forEach((combination, i) => {
    const x = matrixLeft + i * COLUMN + 4;
    const h = Math.max(1, Math.round((combination.persons / maxCombination) * (BAR_HEIGHT - 16)));
    const names = escapeXml(combination.lists.join(" + "));
    parts.push(
      `<g class="combination" data-lists="${names}"><title>${names}: ${combination.persons}</title>`,
      `<rect x="${x}" y="${BAR_HEIGHT - h}" width="${COLUMN - 8}" height="${h}" fill="#0b5cad"/>`,
      `<text x="${x + (COLUMN - 8) / 2}" y="${BAR_HEIGHT - h - 3}" text-anchor="middle">${combination.persons}</text>`,
    );
    const rows = lists.map((list, row) => (combination.lists.includes(list.name) ? row : -1)).filter((row) => row >= 0);
    const cx = x + (COLUMN - 8) / 2;
    if (rows.length > 1) parts.push(`<line x1="${cx}" x2="${cx}" y1="${matrixTop + rows[0]! * ROW + ROW / 2}" y2="${matrixTop + rows[rows.length - 1]! * ROW + ROW / 2}" stroke="#1b1b1b" stroke-width="2"/>`);
    lists.forEach((list, row) => {
      const on = combination.lists.includes(list.name);
      parts.push(`<circle cx="${cx}" cy="${matrixTop + row * ROW + ROW / 2}" r="6" fill="${on ? "#1b1b1b" : "#ddd"}"/>`);
    });
    parts.push("</g>");
  });
  lists.forEach((list, row) => {
    const y = matrixTop + row * ROW + ROW / 2;
    const w = Math.max(1, Math.round((list.persons / maxList) * (SET_BAR_WIDTH - 30)));
    const name = escapeXml(list.name);
    parts.push(
      `<g class="list" data-list="${name}"><title>${name}: ${list.persons} persons</title>`,
      `<text x="${LABEL_WIDTH - 6}" y="${y}" dy="0.32em" text-anchor="end">${name}</text>`,
      `<rect x="${LABEL_WIDTH + SET_BAR_WIDTH - w}" y="${y - 6}" width="${w}" height="12" fill="#5b5b5b"/>`,
      `<text x="${LABEL_WIDTH + SET_BAR_WIDTH - w - 4}" y="${y}" dy="0.32em" text-anchor="end" font-size="${FONT_SIZE - 2}">${list.persons}</text></g>`,
    );
  });
  if (left > 0) parts.push(`<text x="${matrixLeft}" y="${height - 6}" fill="#5b5b5b">${left} smaller combinations not shown</text>`);
  parts.push("</svg>");
  return parts.join("");
}
