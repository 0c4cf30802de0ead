// The geometry of the articles-per-month bar charts on /archives/, computed at build time (templates only draw it).

/** French month names, January first. */
export const MONTH_NAMES_FR = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

/** One bar: a month of a year and where to draw it in the SVG's coordinate space. */
export interface ChartBar {
  /** `01` … `12`. */
  month: string;
  name: string;
  /** The month's initial, printed under the bar. */
  initial: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for the labels. */
  cx: number;
  /** Baseline of the count printed above the bar. */
  countY: number;
}

/** A year's chart: twelve bars on a scale shared by every year so that years compare. */
export interface YearChart {
  year: string;
  width: number;
  height: number;
  /** Baseline of the month initials. */
  labelY: number;
  /** The bars' common baseline. */
  baseY: number;
  bars: ChartBar[];
  /** Short title of the SVG (its accessible name). */
  title: string;
  /** The same data as a sentence, for readers who cannot see the chart. */
  desc: string;
}

const BAR_WIDTH = 20;
const BAR_GAP = 8;
const TOP = 16;
const PLOT_HEIGHT = 72;

/** Lays out the chart of `year` from its twelve monthly counts; `max` is the largest count over all years. */
export function layoutYearChart(year: string, counts: number[], max: number): YearChart {
  const baseY = TOP + PLOT_HEIGHT;
  const scale = max > 0 ? PLOT_HEIGHT / max : 0;
  const bars = MONTH_NAMES_FR.map((name, i) => {
    const count = counts[i] ?? 0;
    // A month with articles always shows at least a sliver, even next to a much bigger month.
    const height = count > 0 ? Math.max(2, Math.round(count * scale)) : 0;
    const x = BAR_GAP / 2 + i * (BAR_WIDTH + BAR_GAP);
    return {
      month: String(i + 1).padStart(2, "0"),
      name,
      initial: name[0].toUpperCase(),
      count,
      x,
      y: baseY - height,
      width: BAR_WIDTH,
      height,
      cx: x + BAR_WIDTH / 2,
      countY: baseY - height - 4,
    };
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const busy = bars.filter((b) => b.count > 0).map((b) => `${b.name}\u00A0: ${b.count}`);
  const desc =
    `${total} article${total > 1 ? "s" : ""} en ${year}` +
    (busy.length ? ` — ${busy.join(", ")}` : "") +
    (busy.length < 12 ? (busy.length ? "\u202F; aucun les autres mois." : ".") : ".");
  return {
    year,
    width: 12 * (BAR_WIDTH + BAR_GAP),
    height: baseY + 18,
    labelY: baseY + 14,
    baseY,
    bars,
    title: `Articles par mois en ${year}`,
    desc,
  };
}
