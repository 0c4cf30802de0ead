// French labels for event dates and months: `16 juin 2025`, `11–12 novembre 2025`, `novembre 2025`.

function parts(date: string): { y: number; m: number; d: number | null } {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m, d: d ?? null };
}

// Month names come from the runtime's own French calendar data: what date-fns's `format(d, "LLLL", { locale: fr })`
// gives (tests/unit/fast-paths.test.ts checks every month), without loading date-fns (some 40 modules) in each
// ingest thread.
const MONTH_FORMAT = new Intl.DateTimeFormat("fr", { month: "long", timeZone: "UTC" });
const MONTH_NAMES = new Map<string, string>();

function monthName(y: number, m: number): string {
  const key = `${y}-${m}`;
  let name = MONTH_NAMES.get(key);
  if (name === undefined) {
    name = MONTH_FORMAT.format(new Date(Date.UTC(y, m - 1, 1, 12)));
    // Bounded: keys are years × months, but a hostile text may write any year.
    if (MONTH_NAMES.size >= 10_000) MONTH_NAMES.clear();
    MONTH_NAMES.set(key, name);
  }
  return name;
}

// French writes the first day of a month "1er", every other day as a plain number.
function dayName(d: number): string {
  return d === 1 ? "1er" : String(d);
}

/** `2025-06` → `juin 2025`. */
export function formatMonth(key: string): string {
  const { y, m } = parts(key);
  return `${monthName(y, m)} ${y}`;
}

/** `2025-06-16` → `16 juin 2025`; `2025-11` → `novembre 2025`. */
export function formatDay(date: string): string {
  let label = DAY_LABELS.get(date);
  if (label === undefined) {
    const { y, m, d } = parts(date);
    label = d === null ? formatMonth(date) : `${dayName(d)} ${monthName(y, m)} ${y}`;
    if (DAY_LABELS.size >= 50_000) DAY_LABELS.clear();
    DAY_LABELS.set(date, label);
  }
  return label;
}

// Labels of the days already written (an archive has a few thousand distinct days).
const DAY_LABELS = new Map<string, string>();

/**
 * The label of an event's dates: one day, one month, or a range written the French way, the shared month and
 * year said once (`11–12 novembre 2025`, `30 novembre – 2 décembre 2025`, `30 décembre 2025 – 2 janvier 2026`).
 */
export function formatEventDate(date: string, endDate: string | null): string {
  if (!endDate || endDate === date) return formatDay(date);
  const a = parts(date);
  const b = parts(endDate);
  if (a.d === null || b.d === null) return `${formatDay(date)} – ${formatDay(endDate)}`;
  if (a.y === b.y && a.m === b.m) return `${dayName(a.d)}–${dayName(b.d)} ${monthName(b.y, b.m)} ${b.y}`;
  if (a.y === b.y) return `${dayName(a.d)} ${monthName(a.y, a.m)} – ${formatDay(endDate)}`;
  return `${formatDay(date)} – ${formatDay(endDate)}`;
}
