// Finds capitalised names the vocabulary does not know yet (`Halk Maslahaty`), for the editor's report.
import type { Tag } from "../ingest/types.ts";
import { defaultMatcher } from "./match.ts";
import { isAcronym, startsUpper, tokenize, type Token } from "./text.ts";
import stopwords from "stopwords-iso" with { type: "json" };

const STOP = new Set<string>([...(stopwords as Record<string, string[]>).fr, ...(stopwords as Record<string, string[]>).en]);

// Capitalised French words that are not names: months, days, titles, institutions named generically.
const COMMON_CAPITALISED = new Set(
  (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche " +
    "president presidente premier premiere ministre ministere monsieur madame mme mm dr pr sa son excellence " +
    "etat etats republique gouvernement parlement senat assemblee conseil sommet forum nord sud est ouest centre " +
    "selon pour dans voir lire aussi commentaire commentaires minutes lecture privacy preference center " +
    "bibliographie bibliography source sources photo credit"
  ).split(" "),
);

// Nouns that start many institutions' names: kept inside a name (`Institut Choiseul`), never a name alone.
const GENERIC_NOUNS = new Set(
  (
    "fondation federation institut bureau club agence organisation programme union journee annee initiative concept " +
    "convention centre fonds banque cour commission comite association ligue alliance parti mouvement conference"
  ).split(" "),
);

// Small words that may sit inside a name: `Ursula von der Leyen`, `Mohammed ben Salmane`, `Institut des droits`.
const CONNECTORS = new Set(["de", "du", "des", "d", "von", "van", "der", "den", "al", "el", "ben", "bin", "ibn", "la", "le", "y"]);

// What may separate two words of one name: spaces, a hyphen, an apostrophe.
const NAME_GAP_RE = /^[\s\u00a0\u202f\-‐‑’']*$/;
// Punctuation after which a capital says nothing (a sentence, a quotation or a list item starts).
const SENTENCE_GAP_RE = /[.!?…:;«»“”"—–•\n\r(\[]/;

function isCapitalisedWord(t: Token): boolean {
  return /^\p{L}/u.test(t.plain) && startsUpper(t.plain) && t.plain !== t.plain.toLowerCase() && !/\d/.test(t.plain);
}

/**
 * Capitalised sequences in `texts` that name nothing in the vocabulary, most frequent first, spelled as in the
 * text: `Gurbanguly Berdimuhamedov` until an editor adds him. Sentence-initial words, months, titles and words
 * the same texts also write in lower case are left out, as is anything overlapping a known name or one of `tags`.
 */
export function suggestUnknownNames(texts: string[], tags: Tag[]): string[] {
  const matcher = defaultMatcher();
  const known = new Set(tags.map((t) => t.name));
  const prepared = texts.map((raw) => {
    const text = raw.normalize("NFC");
    return { text, tokens: tokenize(text) };
  });
  const lowerSeen = new Set<string>();
  for (const { tokens } of prepared) for (const t of tokens) if (t.plain === t.plain.toLowerCase()) lowerSeen.add(t.key);
  const isCommon = (t: Token) => STOP.has(t.key) || COMMON_CAPITALISED.has(t.key) || lowerSeen.has(t.key);

  const counts = new Map<string, { name: string; count: number; order: number }>();
  let order = 0;
  for (const { text, tokens } of prepared) {
    const covered = new Uint8Array(tokens.length);
    for (const m of matcher.mentions(text)) covered.fill(1, m.tokenIndex, m.tokenEnd);
    const sentenceStart = (i: number) => i === 0 || SENTENCE_GAP_RE.test(text.slice(tokens[i - 1].end, tokens[i].start));

    for (let i = 0; i < tokens.length; ) {
      if (!isCapitalisedWord(tokens[i])) {
        i++;
        continue;
      }
      // Grow a run of capitalised words, allowing connectors between two of them.
      let j = i + 1;
      let last = i;
      while (j < tokens.length && NAME_GAP_RE.test(text.slice(tokens[j - 1].end, tokens[j].start))) {
        if (isCapitalisedWord(tokens[j])) last = j;
        else if (!CONNECTORS.has(tokens[j].key)) break;
        j++;
      }
      let a = i;
      let b = last;
      const next = last + 1;
      while (a <= b && (STOP.has(tokens[a].key) || COMMON_CAPITALISED.has(tokens[a].key) || (sentenceStart(a) && lowerSeen.has(tokens[a].key)))) a++;
      while (b >= a && (CONNECTORS.has(tokens[b].key) || COMMON_CAPITALISED.has(tokens[b].key) || STOP.has(tokens[b].key))) b--;
      i = next;
      if (a > b || covered.subarray(a, b + 1).some((c) => c === 1)) continue;
      if (tokens.slice(a, b + 1).every((t) => GENERIC_NOUNS.has(t.key) || CONNECTORS.has(t.key))) continue;
      if (a === b) {
        const t = tokens[a];
        if (sentenceStart(a) || isCommon(t) || t.plain.length < 4 || (isAcronym(t.plain) && t.plain.length <= 3)) continue;
      }
      const name = text.slice(tokens[a].start, tokens[b].end).replace(/\s+/g, " ");
      if (known.has(name) || matcher.find(name)) continue;
      const key = tokens.slice(a, b + 1).map((t) => t.key).join(" ");
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { name, count: 1, order: order++ });
    }
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || x.order - y.order).map((x) => x.name);
}
