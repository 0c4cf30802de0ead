// French labels for event dates and months: `16 juin 2025`, `11–12 novembre 2025`, `novembre 2025`.
// The function's own module: the package index loads all of date-fns (some 250 modules, half a second per thread).
import { format } from "date-fns/format";
import { fr } from "date-fns/locale/fr";

function parts(date: string): { y: number; m: number; d: number | null } {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m, d: d ?? null };
}

// Month names through date-fns cost a Date and a format each; the chronology asks for the same few again and again.
const MONTH_NAMES = new Map<string, string>();

function monthName(y: number, m: number): string {
  const key = `${y}-${m}`;
  let name = MONTH_NAMES.get(key);
  if (name === undefined) {
    name = format(new Date(Date.UTC(y, m - 1, 1, 12)), "LLLL", { locale: fr });
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
  const { y, m, d } = parts(date);
  return d === null ? formatMonth(date) : `${dayName(d)} ${monthName(y, m)} ${y}`;
}

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
