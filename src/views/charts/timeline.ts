// The timeline chart: each claimant's figures over as-of days, verified and under-review counts as lines of their own.
// One self-contained module (no imports, no Node or DOM), so the server, the static report and a browser
// (/assets/timeline.js, redrawing when a reader hides a line) run the same code.

/** How a point was stated: drawn as a filled circle, a hollow square, a hollow diamond, a hollow circle. */
export type PointKind = "verified" | "under_review" | "estimate" | "reported";
export type LineDash = "solid" | "dashed" | "dotted";

export interface TimelinePoint {
  /** YYYY-MM-DD */
  day: string;
  /** The figure plotted: the stated number, a range's middle. */
  value: number;
  /** For ranges and hedges: the span drawn as a whisker. */
  low?: number;
  high?: number;
  kind: PointKind;
  /** Tooltip text, e.g. "at least 12,000 (13 January)". */
  label: string;
}

export interface TimelineLine {
  /** The legend's text, e.g. "HRANA (under review)". */
  name: string;
  /** Whose line it is: a claimant's lines share a colour. The name when absent. */
  claimant?: string;
  points: TimelinePoint[];
  /** Fixed colour, so a line keeps its colour when others are hidden; by claimant position otherwise. */
  color?: string;
  dash?: LineDash;
}

export interface TimelineOptions {
  width?: number;
  /** Height of the plot with its axes; the legend adds rows below. */
  height?: number;
  title?: string;
}

/** Twelve colours, each at least 4.2:1 against white, no two closer than ΔE 26 (CIE76). */
export const PALETTE = ["#1f63b5", "#c62828", "#2e7d32", "#9c27b0", "#b35c00", "#00838f", "#4e342e", "#e0337f", "#757575", "#7c7c00", "#1a237e", "#6a5acd"];

const MARGIN = { top: 30, right: 16, left: 64 };
/** Room under the plot for the tick labels and the year row. */
const AXIS_ROOM = 44;
const LEGEND_ROW = 18;
const SWATCH = 26;
const FONT_SIZE = 11;
const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DASHES: Record<LineDash, string> = { solid: "", dashed: ' stroke-dasharray="7 4"', dotted: ' stroke-dasharray="2 3" stroke-linecap="round"' };
const KIND_WORDS: Record<PointKind, string> = { verified: "verified", under_review: "under review", estimate: "estimate", reported: "reported" };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/**
 * A generous width of text in the chart's font, without a DOM to measure it: wide enough for
 * system-ui, Arial and DejaVu Sans, so boxes laid out with it never overlap on screen.
 */
export function textWidth(text: string, size = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) em += 1;
    else if (/[ il.,:;'|!ıj]/.test(ch)) em += 0.32;
    else if (/[ftr()[\]{}\-"/]/.test(ch)) em += 0.42;
    else if (/[MWmw@%]/.test(ch)) em += 0.95;
    else if (/[A-Z0-9&#]/.test(ch)) em += 0.72;
    else em += 0.62;
  }
  return em * size;
}

export interface TimeTick {
  day: number;
  label: string;
  /** The year, under the first tick and under each tick where the year changes; null elsewhere. */
  year: string | null;
}

function utc(day: number): Date {
  return new Date(day * DAY_MS);
}

function startsOfMonths(first: number, last: number, step: number): number[] {
  const days: number[] = [];
  const from = utc(first);
  for (let month = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; month++) {
    const day = Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
    if (day > last) return days;
    if (day >= first && month % step === 0) days.push(day);
  }
}

/**
 * Ticks for the days first..last: days ("13 Jan"), months ("Jan") or years ("2024"), at most about `most`.
 * Day and month ticks carry their year in a second row wherever it starts or changes, so a span
 * across New Year never shows two "5 Jan" that are a year apart.
 */
export function timeTicks(first: number, last: number, most = 8): TimeTick[] {
  const span = Math.max(1, last - first);
  const dayStep = [1, 2, 3, 7, 14].find((step) => span / step <= most);
  const monthStep = [1, 2, 3, 6].find((step) => span / (30.44 * step) <= most);
  if (dayStep === undefined && monthStep === undefined) {
    const yearStep = [1, 2, 5, 10, 20, 50, 100].find((step) => span / (365.25 * step) <= most) ?? 100;
    const ticks: TimeTick[] = [];
    for (let year = Math.ceil(utc(first).getUTCFullYear() / yearStep) * yearStep; ; year += yearStep) {
      const day = Date.UTC(year, 0, 1) / DAY_MS;
      if (day > last) return ticks;
      if (day >= first) ticks.push({ day, label: String(year), year: null });
    }
  }
  const days: number[] = [];
  if (dayStep !== undefined) for (let day = first; day <= last; day += dayStep) days.push(day);
  else days.push(...startsOfMonths(first, last, monthStep!));
  let previousYear = "";
  return days.map((day) => {
    const date = utc(day);
    const year = String(date.getUTCFullYear());
    const month = MONTHS[date.getUTCMonth()]!;
    const tick = { day, label: dayStep !== undefined ? `${date.getUTCDate()} ${month}` : month, year: year === previousYear ? null : year };
    previousYear = year;
    return tick;
  });
}

/** Round tick values covering 0..max: 0, 500, 1,000… */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Math.round(v));
  return ticks;
}

function formatTick(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)}M`;
  if (n >= 10_000) return `${+(n / 1000).toFixed(1)}k`;
  return n.toLocaleString("en-US");
}

function marker(kind: PointKind, x: number, y: number, color: string, label: string): string {
  const title = `<title>${escapeXml(label)}</title>`;
  const [at, ay] = [x.toFixed(1), y.toFixed(1)];
  if (kind === "verified") return `<circle class="pt verified" cx="${at}" cy="${ay}" r="5" fill="${color}" stroke="${color}">${title}</circle>`;
  if (kind === "under_review") return `<rect class="pt under_review" x="${(x - 4.5).toFixed(1)}" y="${(y - 4.5).toFixed(1)}" width="9" height="9" fill="#fff" stroke="${color}" stroke-width="2">${title}</rect>`;
  if (kind === "estimate") {
    const d = `M${at},${(y - 6).toFixed(1)}L${(x + 6).toFixed(1)},${ay}L${at},${(y + 6).toFixed(1)}L${(x - 6).toFixed(1)},${ay}Z`;
    return `<path class="pt estimate" d="${d}" fill="#fff" stroke="${color}" stroke-width="2">${title}</path>`;
  }
  return `<circle class="pt reported" cx="${at}" cy="${ay}" r="4" fill="#fff" stroke="${color}" stroke-width="2">${title}</circle>`;
}

export interface LegendBox {
  x: number;
  y: number;
  width: number;
  /** The name as drawn: cut with "…" when it would not fit one row. */
  text: string;
}

/** Places legend entries left to right, wrapping to a new row before one would cross `right`. */
export function layoutLegend(names: string[], left: number, right: number, top: number): { boxes: LegendBox[]; height: number } {
  const gap = 16;
  const room = right - left - SWATCH;
  let [x, row] = [left, 0];
  const boxes = names.map((name) => {
    let text = name;
    while (textWidth(text) > room && text.length > 1) text = `${[...text].slice(0, -2).join("")}…`;
    const width = SWATCH + textWidth(text);
    if (x > left && x + width > right) [x, row] = [left, row + 1];
    const box = { x, y: top + row * LEGEND_ROW, width, text };
    x += width + gap;
    return box;
  });
  return { boxes, height: names.length === 0 ? 0 : (row + 1) * LEGEND_ROW };
}

/** One colour per claimant: the line's own, else by the claimant's first appearance. */
function lineColours(lines: TimelineLine[]): string[] {
  const byClaimant = new Map<string, string>();
  return lines.map((line) => {
    const claimant = line.claimant ?? line.name;
    if (!byClaimant.has(claimant)) byClaimant.set(claimant, line.color ?? PALETTE[byClaimant.size % PALETTE.length]!);
    return line.color ?? byClaimant.get(claimant)!;
  });
}

function kindKey(kinds: PointKind[], y: number): string {
  const parts = [`<g class="key" fill="#444">`];
  let x = MARGIN.left + 6;
  for (const kind of (["verified", "under_review", "estimate", "reported"] as const).filter((k) => kinds.includes(k))) {
    parts.push(marker(kind, x, y, "#444", KIND_WORDS[kind]), `<text x="${x + 9}" y="${y + 4}">${KIND_WORDS[kind]}</text>`);
    x += 9 + textWidth(KIND_WORDS[kind]) + 22;
  }
  parts.push(`</g>`);
  return parts.join("");
}

/** An SVG string; an empty chart says so rather than drawing empty axes. */
export function renderTimeline(lines: TimelineLine[], options: TimelineOptions = {}): string {
  const width = options.width ?? 760;
  const height = options.height ?? 340;
  const title = escapeXml(options.title ?? "Figures over time");
  const drawn = lines.filter((line) => line.points.length > 0);
  const open = (h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="${title}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">`;
  if (drawn.length === 0) return `${open(height)}<text x="${width / 2}" y="${height / 2}" text-anchor="middle">No dated figures to chart.</text></svg>`;

  const colours = lineColours(drawn);
  const all = drawn.flatMap((line) => line.points);
  const days = all.map((p) => dayNumber(p.day));
  let [x0, x1] = [Math.min(...days), Math.max(...days)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const ticksY = niceTicks(Math.max(...all.map((p) => p.high ?? p.value)));
  const yMax = ticksY[ticksY.length - 1]!;
  const [plotLeft, plotRight, plotBottom] = [MARGIN.left, width - MARGIN.right, height - AXIS_ROOM];
  const scaleX = (day: number) => plotLeft + ((day - x0) / (x1 - x0)) * (plotRight - plotLeft);
  const sx = (day: string) => scaleX(dayNumber(day));
  const sy = (v: number) => plotBottom - (Math.min(v, yMax) / yMax) * (plotBottom - MARGIN.top);
  const legend = layoutLegend(drawn.map((line) => line.name), plotLeft, plotRight, height + 2);

  const parts: string[] = [open(height + legend.height + 6), `<title>${title}</title>`];
  for (const tick of ticksY) {
    const y = sy(tick).toFixed(1);
    parts.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${y}" y2="${y}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${plotLeft - 6}" y="${y}" dy="0.32em" text-anchor="end" fill="#444">${formatTick(tick)}</text>`);
  }
  for (const tick of timeTicks(x0, x1)) {
    const x = scaleX(tick.day).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${plotBottom}" y2="${plotBottom + 4}" stroke="#444"/>`);
    parts.push(`<text class="x-tick" x="${x}" y="${plotBottom + 16}" text-anchor="middle" fill="#444">${tick.label}</text>`);
    if (tick.year) parts.push(`<text class="x-year" x="${x}" y="${plotBottom + 30}" text-anchor="middle" fill="#444" font-weight="600">${tick.year}</text>`);
  }
  parts.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${plotBottom}" y2="${plotBottom}" stroke="#444"/>`);

  drawn.forEach((line, i) => {
    const color = colours[i]!;
    const dash = DASHES[line.dash ?? "solid"];
    const points = [...line.points].sort((a, b) => a.day.localeCompare(b.day));
    const path = points.map((p, j) => `${j ? "L" : "M"}${sx(p.day).toFixed(1)},${sy(p.value).toFixed(1)}`).join("");
    parts.push(`<g class="series" data-claimant="${escapeXml(line.claimant ?? line.name)}" data-line="${escapeXml(line.name)}">`);
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="1.8" stroke-opacity="0.85"${dash}/>`);
    for (const p of points) {
      if (p.low !== undefined && p.high !== undefined && p.high > p.low) {
        const x = sx(p.day).toFixed(1);
        parts.push(`<line x1="${x}" x2="${x}" y1="${sy(p.low).toFixed(1)}" y2="${sy(p.high).toFixed(1)}" stroke="${color}" stroke-width="1"/>`);
      }
      parts.push(marker(p.kind, sx(p.day), sy(p.value), color, `${line.name}: ${p.label}`));
    }
    parts.push(`</g>`);
    const box = legend.boxes[i]!;
    const cy = box.y + LEGEND_ROW / 2;
    parts.push(
      `<g class="legend-item"><title>${escapeXml(line.name)}</title><line x1="${box.x}" x2="${box.x + SWATCH - 6}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2"${dash}/>`,
      marker(points[0]!.kind, box.x + (SWATCH - 6) / 2, cy, color, line.name),
      `<text x="${box.x + SWATCH}" y="${cy}" dy="0.32em">${escapeXml(box.text)}</text></g>`,
    );
  });
  parts.push(kindKey([...new Set(all.map((p) => p.kind))], MARGIN.top - 16));
  parts.push(`</svg>`);
  return parts.join("");
}
