// The timeline chart: one line per claimant over as-of days, verified figures drawn apart from estimates.
// Pure string building with no Node or DOM imports, so the server, the static report and a browser run the same code.

export type PointKind = "verified" | "estimate" | "reported";

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
  name: string;
  points: TimelinePoint[];
  /** Fixed colour, so a line keeps its colour when others are hidden; by position otherwise. */
  color?: string;
}

export interface TimelineOptions {
  width?: number;
  height?: number;
  title?: string;
}

export const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
const MARGIN = { top: 24, right: 16, bottom: 36, left: 64 };
const DAY_MS = 86_400_000;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayLabel(n: number): string {
  const date = new Date(n * DAY_MS);
  return `${date.getUTCDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][date.getUTCMonth()]}`;
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
  const at = `${x.toFixed(1)}`;
  const ay = `${y.toFixed(1)}`;
  if (kind === "verified") return `<circle class="pt verified" cx="${at}" cy="${ay}" r="5" fill="${color}" stroke="${color}">${title}</circle>`;
  if (kind === "estimate") {
    const d = `M${at},${(y - 6).toFixed(1)}L${(x + 6).toFixed(1)},${ay}L${at},${(y + 6).toFixed(1)}L${(x - 6).toFixed(1)},${ay}Z`;
    return `<path class="pt estimate" d="${d}" fill="#fff" stroke="${color}" stroke-width="2">${title}</path>`;
  }
  return `<circle class="pt reported" cx="${at}" cy="${ay}" r="4" fill="#fff" stroke="${color}" stroke-width="2">${title}</circle>`;
}

/** An SVG string; an empty chart says so rather than drawing empty axes. */
export function renderTimeline(lines: TimelineLine[], options: TimelineOptions = {}): string {
  const width = options.width ?? 760;
  const height = options.height ?? 340;
  const title = escapeXml(options.title ?? "Figures over time");
  const drawn = lines.filter((line) => line.points.length > 0);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`;
  if (drawn.length === 0) return `${open}<text x="${width / 2}" y="${height / 2}" text-anchor="middle">No dated figures to chart.</text></svg>`;

  const all = drawn.flatMap((line) => line.points);
  const days = all.map((p) => dayNumber(p.day));
  let [x0, x1] = [Math.min(...days), Math.max(...days)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const ticksY = niceTicks(Math.max(...all.map((p) => p.high ?? p.value)));
  const yMax = ticksY[ticksY.length - 1]!;
  const legendHeight = 18 * Math.ceil(drawn.length / 3);
  const plotBottom = height - MARGIN.bottom - legendHeight;
  const sx = (day: string) => MARGIN.left + ((dayNumber(day) - x0) / (x1 - x0)) * (width - MARGIN.left - MARGIN.right);
  const sy = (v: number) => plotBottom - (Math.min(v, yMax) / yMax) * (plotBottom - MARGIN.top);

  const parts: string[] = [open, `<title>${title}</title>`];
  for (const tick of ticksY) {
    const y = sy(tick).toFixed(1);
    parts.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y}" y2="${y}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y}" dy="0.32em" text-anchor="end" fill="#444">${formatTick(tick)}</text>`);
  }
  const dayStep = Math.max(1, Math.ceil((x1 - x0) / 8));
  for (let d = x0; d <= x1; d += dayStep) {
    const x = (MARGIN.left + ((d - x0) / (x1 - x0)) * (width - MARGIN.left - MARGIN.right)).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${plotBottom}" y2="${plotBottom + 4}" stroke="#444"/>`);
    parts.push(`<text x="${x}" y="${plotBottom + 16}" text-anchor="middle" fill="#444">${dayLabel(d)}</text>`);
  }
  parts.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${plotBottom}" y2="${plotBottom}" stroke="#444"/>`);

  drawn.forEach((line, i) => {
    const color = line.color ?? PALETTE[i % PALETTE.length]!;
    const points = [...line.points].sort((a, b) => a.day.localeCompare(b.day));
    const path = points.map((p, j) => `${j ? "L" : "M"}${sx(p.day).toFixed(1)},${sy(p.value).toFixed(1)}`).join("");
    parts.push(`<g class="series" data-claimant="${escapeXml(line.name)}">`);
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="1.5" stroke-opacity="0.8"/>`);
    for (const p of points) {
      if (p.low !== undefined && p.high !== undefined && p.high > p.low) {
        const x = sx(p.day).toFixed(1);
        parts.push(`<line x1="${x}" x2="${x}" y1="${sy(p.low).toFixed(1)}" y2="${sy(p.high).toFixed(1)}" stroke="${color}" stroke-width="1"/>`);
      }
      parts.push(marker(p.kind, sx(p.day), sy(p.value), color, `${line.name}: ${p.label}`));
    }
    parts.push(`</g>`);
    const lx = MARGIN.left + (i % 3) * ((width - MARGIN.left) / 3);
    const ly = height - legendHeight + 18 * Math.floor(i / 3) + 4;
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="3" fill="${color}"/><text x="${lx + 16}" y="${ly + 4}">${escapeXml(line.name)}</text>`);
  });
  const ky = MARGIN.top - 10;
  parts.push(`<g class="key" fill="#444">`);
  parts.push(marker("verified", MARGIN.left + 6, ky, "#444", "verified"), `<text x="${MARGIN.left + 14}" y="${ky + 4}">verified</text>`);
  parts.push(marker("estimate", MARGIN.left + 76, ky, "#444", "estimate"), `<text x="${MARGIN.left + 86}" y="${ky + 4}">estimate</text>`);
  parts.push(marker("reported", MARGIN.left + 150, ky, "#444", "reported"), `<text x="${MARGIN.left + 158}" y="${ky + 4}">reported / under review</text>`);
  parts.push(`</g></svg>`);
  return parts.join("");
}
