// Finds the publication date (first version: the ` date YYYY-MM-DD ` header, then a French date in the text).
import type { DateSource } from "./types.ts";

export interface DateGuess {
  date: string | null;
  source: DateSource;
  evidence: string;
  certain: boolean;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
// A full French date: "23 septembre 2025", "1er août 2024".
const FRENCH_DATE_RE = new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${MONTHS.join("|")})\\s+(\\d{4})\\b`, "i");

/** Returns the first full French date in `text`, or null. */
export function inferDate(text: string): DateGuess {
  const m = FRENCH_DATE_RE.exec(text);
  if (!m) return { date: null, source: "none", evidence: "", certain: false };
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const date = `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return { date, source: "text", evidence: m[0], certain: false };
}
