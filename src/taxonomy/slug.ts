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

// The library's transliteration is slow and titles cut into words (see slugOf) repeat the same words: remember the
// slugs of short texts (whole titles rarely repeat, and would only hold memory).
const SLUGS = new Map<string, string>();
const SLUGS_MAX = 50_000;
const SLUG_CACHE_MAX_CHARS = 64;

/**
 * `Kassym-Jomart Tokaïev` → `kassym-jomart-tokaiev`, `Қазақстан` → `qazaqstan`, `Тоқаев` → `toqaev`,
 * `l’ONU` → `l-onu`, `C5+1` → `c5-plus-1`. Always `[a-z0-9-]*`, never a leading or trailing hyphen.
 */
export function slugify(text: string): string {
  let slug = SLUGS.get(text);
  if (slug === undefined) {
    // NFKC first: `80ᵉ` → `80e`, `ﬁ` → `fi`.
    slug = slugifyLib(text.normalize("NFKC"), OPTIONS)
      .normalize("NFD")
      .replace(/[^a-z0-9-]+/g, "")
      .replace(/-{2,}/g, "-")
      .replace(/^-+|-+$/g, "");
    if (text.length <= SLUG_CACHE_MAX_CHARS) {
      if (SLUGS.size >= SLUGS_MAX) SLUGS.clear();
      SLUGS.set(text, slug);
    }
  }
  return slug;
}
