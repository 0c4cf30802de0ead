// Turns a French, Kazakh or Russian name into a stable ASCII URL slug.
import slugifyLib from "@sindresorhus/slugify";

// The library transliterates Russian Cyrillic but drops the Kazakh letters (`Қазақстан` → `aza-stan`);
// this table follows the Kazakh Latin alphabet of 2021 (қ → q, ғ → g, ң → n…), lower and upper case.
const KAZAKH_LETTERS: [string, string][] = [
  ["ә", "a"], ["ғ", "g"], ["қ", "q"], ["ң", "n"], ["ө", "o"], ["ұ", "u"], ["ү", "u"], ["һ", "h"], ["і", "i"],
  ["Ә", "A"], ["Ғ", "G"], ["Қ", "Q"], ["Ң", "N"], ["Ө", "O"], ["Ұ", "U"], ["Ү", "U"], ["Һ", "H"], ["І", "I"],
];

// Russian letters the library renders the German way (щ → sch); BGN/PCGN, as the French press uses it.
const RUSSIAN_LETTERS: [string, string][] = [["щ", "shch"], ["Щ", "Shch"]];

// French reads `&` as `et`; typographic apostrophes and the modifier letter ʼ separate words like a hyphen.
const FRENCH_SYMBOLS: [string, string][] = [
  ["&", " et "], ["’", " "], ["ʼ", " "], ["'", " "], ["+", " plus "],
];

const OPTIONS = {
  decamelize: false,
  customReplacements: [...KAZAKH_LETTERS, ...RUSSIAN_LETTERS, ...FRENCH_SYMBOLS],
};

/**
 * `Kassym-Jomart Tokaïev` → `kassym-jomart-tokaiev`, `Қазақстан` → `qazaqstan`, `Тоқаев` → `toqaev`,
 * `l’ONU` → `l-onu`, `C5+1` → `c5-plus-1`. Always `[a-z0-9-]*`, never a leading or trailing hyphen.
 */
export function slugify(text: string): string {
  // NFKC first: `80ᵉ` → `80e`, `ﬁ` → `fi`.
  return slugifyLib(text.normalize("NFKC"), OPTIONS)
    .normalize("NFD")
    .replace(/[^a-z0-9-]+/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}
