// Loads vocabulary.yaml, adds every country of i18n-iso-countries, and checks slugs and aliases are unambiguous.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from "yaml";
import countries from "i18n-iso-countries";
import frLocale from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import enLocale from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { TagKind } from "../ingest/types.ts";
import { slugify } from "./slug.ts";
import { foldName } from "./text.ts";

countries.registerLocale(frLocale);
countries.registerLocale(enLocale);

/** One real-world thing the archive can file articles under. */
export interface VocabularyEntry {
  kind: TagKind;
  /** Canonical French name, shown on the site. */
  name: string;
  slug: string;
  url: string;
  /** Other spellings that name only this entry. */
  aliases: string[];
  /** Spellings that must match in this exact case (accents still ignored): `Xi`, `UE`. */
  exact: string[];
  /** Spellings this entry shares with other entries (a surname); resolved per article. */
  shared: string[];
  /** Adjectives (all inflections) that count for this place at half weight. */
  demonyms: string[];
  /** Canonical name of the broader entry, e.g. `ONU` for the Security Council. */
  parent?: string;
  /** Ranking weight of one mention (default 1). */
  salience: number;
  /** False when the name itself is too ambiguous to match text (dropped with `drop`); the aliases still match. */
  nameMatches: boolean;
  /** ISO 3166 alpha-2 code, for countries. */
  iso?: string;
  /** Line of the entry in the vocabulary file; 0 for a generated country nobody edited. */
  line: number;
}

/** The loaded vocabulary. */
export interface Vocabulary {
  entries: VocabularyEntry[];
}

/** The folder of each kind's pages. */
export const KIND_FOLDERS: Record<TagKind, string> = {
  person: "personnes",
  place: "lieux",
  org: "organisations",
  theme: "themes",
};

const KINDS: TagKind[] = ["person", "place", "org", "theme"];
const FIELDS = new Set(["name", "aliases", "exact", "shared", "demonyms", "parent", "salience", "iso", "drop"]);

/** The vocabulary file shipped with the code. */
export const VOCABULARY_PATH = fileURLToPath(new URL("./vocabulary.yaml", import.meta.url));

/** Thrown when the vocabulary file is wrong; the message holds one `file:line: error: …` per problem. */
export class VocabularyError extends Error {}

/** Masculine singular → all four forms: `kazakh` → kazakh, kazakhe, kazakhs, kazakhes; `ukrainien` → ukrainienne… */
export function inflectDemonym(word: string): string[] {
  const w = word.trim();
  if (/e$/.test(w)) return [w, w + "s"];
  if (/en$/.test(w)) return [w, w + "s", w + "ne", w + "nes"];
  if (/[sx]$/.test(w)) return [w, w + "e", w + "es"];
  return [w, w + "s", w + "e", w + "es"];
}

/** Cleans a generated country name: drops `(Vatican)` asides; refuses `Korea, Republic of` inversions. */
function cleanCountryName(name: string): string | null {
  if (name.includes(",")) return null;
  const n = name.replace(/\s*\(.*?\)\s*/g, " ").replace(/'/g, "’").trim();
  return n || null;
}

/** Every country of the world, French name first, then the French and English alternatives. */
function generatedCountries(): Map<string, string[]> {
  const fr = countries.getNames("fr", { select: "all" }) as Record<string, string[]>;
  const en = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const out = new Map<string, string[]>();
  const firstNames = new Map<string, number>();
  for (const code of Object.keys(fr)) {
    const n = cleanCountryName(fr[code]?.[0] ?? "");
    if (n) firstNames.set(n, (firstNames.get(n) ?? 0) + 1);
  }
  for (const code of Object.keys(fr).sort()) {
    const names = [...(fr[code] ?? []), ...(en[code] ?? [])].map(cleanCountryName).filter((n): n is string => !!n);
    // Two territories cleaned to one name (`Saint-Martin (partie française|néerlandaise)`) keep their aside.
    if (names.length && (firstNames.get(names[0]) ?? 0) > 1) names[0] = fr[code][0].replace(/'/g, "’");
    if (names.length) out.set(code, [...new Set(names)]);
  }
  return out;
}

interface RawEntry {
  kind: TagKind;
  line: number;
  fields: Record<string, unknown>;
}

/**
 * Parses the vocabulary text (`source` names it in messages), merges the generated countries and checks it.
 * Throws VocabularyError listing every problem: duplicate slug within a kind, an alias naming two entries,
 * an unknown parent, a malformed entry.
 */
export function parseVocabulary(text: string, source = "src/taxonomy/vocabulary.yaml"): Vocabulary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors: string[] = [];
  const err = (line: number, message: string) => errors.push(`${source}:${line}: error: ${message}`);
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  for (const e of doc.errors) err(e.linePos?.[0]?.line ?? 1, e.message.split("\n")[0]);
  if (errors.length) throw new VocabularyError(errors.join("\n"));

  const raws: RawEntry[] = [];
  const root = doc.contents;
  if (!isMap(root)) throw new VocabularyError(`${source}:1: error: the vocabulary must map kinds (person, place, org, theme) to lists`);
  for (const pair of root.items) {
    const kind = String(isScalar(pair.key) ? pair.key.value : pair.key) as TagKind;
    if (!KINDS.includes(kind)) {
      err(lineOf(pair.key as YamlNode), `unknown kind "${kind}" (expected person, place, org or theme)`);
      continue;
    }
    if (!isSeq(pair.value)) {
      err(lineOf(pair.key as YamlNode), `"${kind}" must be a list of entries`);
      continue;
    }
    for (const item of pair.value.items) {
      const line = lineOf(item as YamlNode);
      if (!isMap(item)) {
        err(line, `an entry must be a mapping with at least "name"`);
        continue;
      }
      const fields = (item as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
      for (const k of Object.keys(fields)) if (!FIELDS.has(k)) err(line, `unknown field "${k}"`);
      raws.push({ kind, line, fields });
    }
  }

  const strings = (raw: RawEntry, field: string): string[] => {
    const v = raw.fields[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" && typeof x !== "number")) {
      err(raw.line, `"${field}" must be a list of names`);
      return [];
    }
    return v.map((x) => String(x).trim()).filter(Boolean);
  };

  // Countries first, so hand-written entries with `iso` can rename and extend them.
  const entries: VocabularyEntry[] = [];
  const byIso = new Map<string, VocabularyEntry>();
  const generatedAliases = new Set<string>();
  for (const [code, names] of generatedCountries()) {
    const entry: VocabularyEntry = {
      kind: "place", name: names[0], slug: "", url: "", aliases: names.slice(1), exact: [], shared: [], demonyms: [], salience: 1, nameMatches: true, iso: code, line: 0,
    };
    for (const a of names) generatedAliases.add(`${code}\u0000${a}`);
    byIso.set(code, entry);
    entries.push(entry);
  }

  for (const raw of raws) {
    const f = raw.fields;
    const name = typeof f.name === "string" ? f.name.trim() : typeof f.name === "number" ? String(f.name) : "";
    const salience = f.salience === undefined ? 1 : Number(f.salience);
    if (!Number.isFinite(salience) || salience <= 0) err(raw.line, `"salience" must be a positive number`);
    const parent = f.parent === undefined ? undefined : String(f.parent);
    const iso = f.iso === undefined ? undefined : String(f.iso).toUpperCase();
    let entry: VocabularyEntry;
    if (iso !== undefined) {
      const country = byIso.get(iso);
      if (raw.kind !== "place" || !country) {
        err(raw.line, `"iso: ${iso}" is not a country code known to i18n-iso-countries (or the entry is not a place)`);
        continue;
      }
      if (country.line) {
        err(raw.line, `country ${iso} is already described at line ${country.line}`);
        continue;
      }
      const drop = new Set(strings(raw, "drop").map(foldName));
      if (name && name !== country.name) country.aliases.unshift(country.name);
      country.name = name || country.name;
      country.aliases = country.aliases.filter((a) => !drop.has(foldName(a)));
      // A dropped name stays the page title but no longer matches text (`Maurice` is also a first name).
      if (drop.has(foldName(country.name))) country.nameMatches = false;
      entry = country;
      entry.line = raw.line;
    } else {
      if (!name) {
        err(raw.line, `an entry needs a "name"`);
        continue;
      }
      if (f.drop !== undefined) err(raw.line, `"drop" only applies to countries (entries with "iso")`);
      entry = { kind: raw.kind, name, slug: "", url: "", aliases: [], exact: [], shared: [], demonyms: [], salience: 1, nameMatches: true, line: raw.line };
      entries.push(entry);
    }
    entry.aliases.push(...strings(raw, "aliases"));
    entry.exact.push(...strings(raw, "exact"));
    entry.shared.push(...strings(raw, "shared"));
    entry.demonyms.push(...strings(raw, "demonyms").flatMap(inflectDemonym));
    entry.salience = Number.isFinite(salience) && salience > 0 ? salience : 1;
    if (parent !== undefined) entry.parent = parent;
  }

  // A generated spelling that names two countries (English `Congo`) is dropped from both; a hand-written one is an error.
  const owners = new Map<string, VocabularyEntry[]>();
  const spellings = (e: VocabularyEntry) => [...(e.nameMatches ? [e.name] : []), ...e.aliases, ...e.exact, ...e.demonyms];
  for (const e of entries) {
    for (const key of new Set(spellings(e).map(foldName))) {
      if (!key) continue;
      owners.set(key, [...(owners.get(key) ?? []), e]);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const isGenerated = (e: VocabularyEntry) =>
      foldName(e.name) !== key && e.aliases.some((a) => foldName(a) === key && generatedAliases.has(`${e.iso}\u0000${a}`));
    const generated = list.filter(isGenerated);
    const kept = list.filter((e) => !isGenerated(e));
    if (kept.length <= 1) {
      for (const e of kept.length ? generated : list) e.aliases = e.aliases.filter((a) => foldName(a) !== key);
      if (kept.length) owners.set(key, kept);
      else owners.delete(key);
      continue;
    }
    const where = kept.map((e) => `"${e.name}" (${e.kind}${e.line ? `, line ${e.line}` : ", generated"})`).join(" and ");
    err(kept.find((e) => e.line)?.line ?? 1, `the spelling "${key}" names ${where}; list it under "shared" in each entry if it is a shared surname`);
  }
  for (const e of entries) {
    for (const s of e.shared) if (owners.has(foldName(s))) err(e.line, `"${s}" is both shared and an alias of "${owners.get(foldName(s))![0].name}"`);
  }

  // Slugs: one per entry, unique within a kind, never empty.
  const slugs = new Map<string, VocabularyEntry>();
  for (const e of entries) {
    e.slug = slugify(e.name);
    e.url = `/${KIND_FOLDERS[e.kind]}/${e.slug}/`;
    if (!e.slug) {
      err(e.line || 1, `"${e.name}" gives an empty slug; write the name in Latin or Cyrillic letters`);
      continue;
    }
    const other = slugs.get(`${e.kind}/${e.slug}`);
    if (other) err(e.line || other.line || 1, `"${e.name}" and "${other.name}"${other.line ? ` (line ${other.line})` : ""} share the slug ${e.url}; two ${e.kind} entries must have distinct names`);
    else slugs.set(`${e.kind}/${e.slug}`, e);
  }

  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) if (e.parent !== undefined && !names.has(e.parent)) err(e.line, `parent "${e.parent}" is not the name of an entry`);

  if (errors.length) throw new VocabularyError(errors.join("\n"));
  for (const e of entries) {
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
    e.demonyms = [...new Set(e.demonyms)];
  }
  return { entries };
}

let cached: Vocabulary | null = null;

/** The shipped vocabulary, parsed once. */
export function loadVocabulary(): Vocabulary {
  if (!cached) {
    const source = path.relative(process.cwd(), VOCABULARY_PATH) || VOCABULARY_PATH;
    cached = parseVocabulary(readFileSync(VOCABULARY_PATH, "utf8"), source);
  }
  return cached;
}
