// Finds the vocabulary's people, places, organisations and themes in an article's text and ranks them as tags.
//
// How a mention counts (decisions an editor can rely on):
// - Words are compared without accents, case, hyphens or apostrophes (`l’ONU`, `d’Astana`, `TOKAÏEV`), except that
//   an acronym (ONU, UE, OCS) only matches in capitals and a capitalised word of a proper name (Poutine, Réunion)
//   needs its capital; in a headline written in capitals, acronyms that are also words (UN, EAU) are ignored.
// - Longest match wins and a span names one entry: `Conseil de sécurité de l’ONU` is the Security Council. The ONU
//   named inside it counts too (full weight), as does a place or organisation named inside a theme phrase
//   (`guerre en Ukraine` → Ukraine). A child named alone (`Conseil de sécurité`) credits its parent at half weight.
// - A demonym (`kazakhstanais`) counts for its country at half weight; a currency's country (`dollars des
//   États-Unis`, `dollars américains`) and a language (`traduit en russe`) do not count. A shared surname
//   (`Berdimuhamedov`) goes to the entry named in full in the same article, else to the first entry listing it.
// - One mention makes a tag, even a demonym (`les parachutistes russes` → Russie) or an implied parent: a passing
//   mention in a short dispatch is still something the editor files it under; such tags rank last. A theme needs a
//   score of 1: a generic theme (salience 0.5) must come up twice, or once in the lede.
// - Rank: title 3, lede 2, body 1 per mention, times the entry's salience; caps per kind and in total.
import type { Tag, TagKind } from "../ingest/types.ts";
import { loadVocabulary, type Vocabulary, type VocabularyEntry } from "./vocabulary.ts";
import { foldName, isAcronym, keyFilter, scanWords, startsUpper, tokenize, type KeyFilter, type WordScan } from "./text.ts";
import stopwords from "stopwords-iso" with { type: "json" };

export { suggestUnknownNames } from "./suggest.ts";

/** A piece of article text and how much a mention in it counts. */
export interface WeightedText {
  text: string;
  weight: number;
}

/**
 * At most this many tags of each kind per article, and at most MAX_TAGS in all: a summit article names eight
 * leaders, a corridor article a dozen towns and ports; beyond these caps tags stop meaning anything.
 */
export const KIND_CAPS: Record<TagKind, number> = { person: 10, place: 15, org: 8, theme: 6 };
export const MAX_TAGS = 30;
/** Evidence (sum of weight × factor, salience left out) a person, place or organisation needs: one demonym will do. */
const MIN_EVIDENCE = 0.5;
/** Score a theme needs: a generic theme (salience 0.5) must come up twice, or once in the lede. */
const MIN_THEME_SCORE = 1;
const DEMONYM_FACTOR = 0.5;
const IMPLIED_PARENT_FACTOR = 0.5;

const enum Rule {
  Any = 0,
  Capital = 1,
  Exact = 2,
}

interface Credit {
  entry: number;
  factor: number;
}

/** One spelling at the end of a path of the token trie. */
interface Terminal {
  /** The entry, or for a shared surname every entry that answers to it (vocabulary order). */
  entries: number[];
  factor: number;
  /** A demonym (`russe`): also the name of a language after `en`, `langue` (`traduit en russe`). */
  demonym: boolean;
  rules: Rule[];
  plain: string[];
  /** Other entries this spelling names or implies (parent, a country inside a theme phrase). */
  credits: Credit[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: Terminal[];
}

// Words that an all-capitals headline writes like an acronym: `UN ACCORD`, `L’EAU`, `L’IA`.
const COMMON_WORDS = new Set<string>([...(stopwords as Record<string, string[]>).fr, ...(stopwords as Record<string, string[]>).en, "eau", "ia", "aie", "pam", "bad", "cis", "ide"]);

// Words after which a demonym names a language, not a country: `en russe`, `la langue kazakhe`.
const LANGUAGE_CUES = new Set(["en", "langue", "langues", "parle", "parlent", "parler"]);
// A currency names its country without being about it: `4,5 millions de dollars des États-Unis`, `dollars américains`.
const CURRENCY_WORDS = new Set(["dollar", "dollars"]);
// A region's words before its name: `région d'Akmola`, `régions de …`.
const REGION_WORDS = new Set(["region", "regions"]);
const REGION_LINKS = new Set(["d", "de", "du"]);

/** The vocabulary compiled into a token trie, built once and shared by every article. */
export class EntityMatcher {
  readonly entries: VocabularyEntry[];
  readonly tags: Tag[];
  private readonly root: TrieNode = { next: new Map(), terms: [] };
  private readonly byName = new Map<string, number>();
  private readonly byTag = new Map<string, number>();
  // The words of the text being matched and the mentions found in it, reused from text to text (see findMentions).
  private readonly words: WordScan = { text: "", raw: [], plain: [], key: [], start: [], end: [] };
  private readonly found: { term: Terminal[]; from: number[]; to: number[] } = { term: [], from: [], to: [] };
  // The words the walk looks up (every key of the trie) and the language, currency and region cues: other ASCII words
  // are not folded.
  private readonly keys: KeyFilter;

  constructor(vocabulary: Vocabulary) {
    this.entries = vocabulary.entries;
    this.tags = this.entries.map((e) => ({ kind: e.kind, name: e.name, slug: e.slug, url: e.url }));
    const index = new Map(this.entries.map((e, i) => [e.name, i]));
    const sharedOwners = new Map<string, number[]>();
    this.entries.forEach((e, i) => {
      this.byTag.set(`${e.kind}/${e.slug}`, i);
      for (const s of [e.name, ...e.aliases, ...e.exact, e.slug]) if (!this.byName.has(foldName(s))) this.byName.set(foldName(s), i);
      for (const s of e.shared) sharedOwners.set(foldName(s), [...(sharedOwners.get(foldName(s)) ?? []), i]);
    });
    for (const [key, owners] of sharedOwners) if (!this.byName.has(key)) this.byName.set(key, owners[0]);

    const pending: { term: Terminal; spelling: string; self: number; parent: number | undefined }[] = [];
    this.entries.forEach((e, i) => {
      const parent = e.parent === undefined ? undefined : index.get(e.parent);
      const names = [...(e.nameMatches ? [e.name] : []), ...e.aliases];
      for (const s of names) pending.push({ term: this.add(s, [i], 1, e.kind === "theme" ? "theme" : "proper"), spelling: s, self: i, parent });
      for (const s of e.exact) pending.push({ term: this.add(s, [i], 1, "exact"), spelling: s, self: i, parent });
      for (const s of e.demonyms) this.add(s, [i], DEMONYM_FACTOR, "theme");
    });
    for (const [key, owners] of sharedOwners) {
      const spelling = this.entries[owners[0]].shared.find((s) => foldName(s) === key)!;
      this.add(spelling, owners, 1, "proper");
    }
    for (const p of pending) p.term.credits = this.creditsOf(p.spelling, p.self, p.parent);
    const keys = new Set<string>([...LANGUAGE_CUES, ...CURRENCY_WORDS, "des", ...REGION_WORDS, ...REGION_LINKS]);
    const collect = (node: TrieNode) => {
      for (const [key, next] of node.next) {
        keys.add(key);
        collect(next);
      }
    };
    collect(this.root);
    this.keys = keyFilter(keys);
  }

  /** Entries named inside a spelling (the ONU in `Conseil de sécurité de l’ONU`) or implied by it (its parent). */
  private creditsOf(spelling: string, self: number, parent: number | undefined): Credit[] {
    const tokens = tokenize(spelling);
    const plain = tokens.map((t) => t.plain);
    const keys = tokens.map((t) => t.key);
    const nested = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j].key);
        if (!node) break;
        if (i === 0 && j === tokens.length - 1) break;
        for (const term of node.terms) {
          if (term.entries.length === 1 && term.factor === 1 && term.entries[0] !== self && this.accepts(term, plain, keys, i, () => false)) nested.add(term.entries[0]);
        }
      }
    }
    const credits: Credit[] = [];
    const kindOfSelf = this.entries[self].kind;
    for (const n of nested) {
      const kind = this.entries[n].kind;
      if (n === parent || (kindOfSelf === "theme" && (kind === "place" || kind === "org"))) credits.push({ entry: n, factor: 1 });
    }
    if (parent !== undefined && !nested.has(parent)) credits.push({ entry: parent, factor: IMPLIED_PARENT_FACTOR });
    return credits;
  }

  private add(spelling: string, entries: number[], factor: number, mode: "proper" | "theme" | "exact"): Terminal {
    const tokens = tokenize(spelling);
    const term: Terminal = { entries, factor, demonym: factor === DEMONYM_FACTOR, rules: [], plain: tokens.map((t) => t.plain), credits: [] };
    if (tokens.length === 0) return term;
    term.rules = tokens.map((t): Rule => {
      if (mode === "exact" || isAcronym(t.plain)) return Rule.Exact;
      if (mode === "proper" && startsUpper(t.plain) && t.plain !== t.plain.toLowerCase()) return Rule.Capital;
      return Rule.Any;
    });
    let node = this.root;
    for (const t of tokens) {
      let next = node.next.get(t.key);
      if (!next) node.next.set(t.key, (next = { next: new Map(), terms: [] }));
      node = next;
    }
    // The same entry may reach one path twice (`Unesco` and `UNESCO`); keep both, the looser rule is tried last.
    node.terms.push(term);
    node.terms.sort((a, b) => b.rules.reduce((s, r) => s + r, 0) - a.rules.reduce((s, r) => s + r, 0));
    return term;
  }

  private accepts(term: Terminal, plain: string[], keys: string[], start: number, shouting: () => boolean): boolean {
    for (let k = 0; k < term.rules.length; k++) {
      const rule = term.rules[k];
      if (rule === Rule.Capital && !startsUpper(plain[start + k])) return false;
      if (rule === Rule.Exact && (plain[start + k] !== term.plain[k] || (COMMON_WORDS.has(keys[start + k]) && shouting()))) return false;
    }
    return true;
  }

  /**
   * Finds every mention in one text (longest match first, left to right, spans never overlap) into `this.found`,
   * its words into `this.words`; returns how many. Both are overwritten by the next call.
   */
  private findMentions(text: string): number {
    const w = this.words;
    const count = scanWords(text, w, this.keys);
    const { plain, key } = w;
    const found = this.found;
    let n = 0;
    let shout: boolean | undefined;
    const shouting = () => (shout ??= isShouting(text));
    for (let i = 0; i < count; ) {
      // "": a word the key filter ruled out (see scanWords).
      let node: TrieNode | undefined = key[i] === "" ? undefined : this.root.next.get(key[i]);
      if (!node) {
        i++;
        continue;
      }
      let best: Terminal | null = null;
      let bestEnd = 0;
      for (let j = i; ; ) {
        for (const term of node.terms) {
          if (this.accepts(term, plain, key, i, shouting)) {
            best = term;
            bestEnd = j + 1;
            break;
          }
        }
        if (++j >= count) break;
        node = node.next.get(key[j]);
        if (!node) break;
      }
      const currency = i > 0 && (CURRENCY_WORDS.has(key[i - 1]) ? best?.demonym : i > 1 && key[i - 1] === "des" && CURRENCY_WORDS.has(key[i - 2]));
      // A town's former name after "région d'" names the region: `la région d'Akmola` is not Astana.
      const region = !!best && i > 1 && REGION_LINKS.has(key[i - 1]) && REGION_WORDS.has(key[i - 2]) && best.entries.every((e) => this.entries[e].kind === "place" && foldName(this.entries[e].name) !== foldName(plain.slice(i, bestEnd).join(" ")));
      if (best && ((best.demonym && i > 0 && LANGUAGE_CUES.has(key[i - 1])) || currency || region)) {
        i = bestEnd;
      } else if (best) {
        found.term[n] = best;
        found.from[n] = i;
        found.to[n] = bestEnd;
        n++;
        i = bestEnd;
      } else i++;
    }
    return n;
  }

  /** Every mention in one text: longest match first, left to right, spans never overlap. */
  *mentions(text: string): Generator<{ term: Terminal; start: number; end: number; tokenIndex: number; tokenEnd: number }> {
    const n = this.findMentions(text);
    const { start, end } = this.words;
    const { term, from, to } = this.found;
    // Copied out before the first yield: the caller may match another text while it iterates.
    const list = [];
    for (let k = 0; k < n; k++) list.push({ term: term[k], start: start[from[k]], end: end[to[k] - 1], tokenIndex: from[k], tokenEnd: to[k] });
    yield* list;
  }

  /** See `matchEntities`. */
  match(texts: WeightedText[]): Tag[] {
    const score = new Map<number, number>();
    const evidence = new Map<number, number>();
    const first = new Map<number, number>();
    const sharedMentions: { entries: number[]; weight: number; order: number }[] = [];
    const credit = (entry: number, weight: number, factor: number, order: number) => {
      score.set(entry, (score.get(entry) ?? 0) + weight * factor * this.entries[entry].salience);
      evidence.set(entry, (evidence.get(entry) ?? 0) + weight * factor);
      if (!first.has(entry)) first.set(entry, order);
    };
    texts.forEach((piece, p) => {
      if (!piece.text || !(piece.weight > 0)) return;
      const n = this.findMentions(piece.text);
      const { term: terms, from } = this.found;
      for (let k = 0; k < n; k++) {
        const term = terms[k];
        const order = p * 1e6 + from[k];
        if (term.entries.length > 1) {
          sharedMentions.push({ entries: term.entries, weight: piece.weight, order });
          continue;
        }
        credit(term.entries[0], piece.weight, term.factor, order);
        for (const c of term.credits) credit(c.entry, piece.weight, c.factor, order);
      }
    });
    for (const s of sharedMentions) {
      let pick = s.entries[0];
      for (const e of s.entries) if ((evidence.get(e) ?? 0) > (evidence.get(pick) ?? 0)) pick = e;
      credit(pick, s.weight, 1, s.order);
    }

    const ranked = [...score.keys()]
      .filter((e) => (evidence.get(e) ?? 0) >= MIN_EVIDENCE && (this.entries[e].kind !== "theme" || score.get(e)! >= MIN_THEME_SCORE))
      .sort((a, b) => score.get(b)! - score.get(a)! || first.get(a)! - first.get(b)! || (this.entries[a].name < this.entries[b].name ? -1 : 1));
    const perKind: Record<TagKind, number> = { person: 0, place: 0, org: 0, theme: 0 };
    const out: Tag[] = [];
    for (const e of ranked) {
      const kind = this.entries[e].kind;
      if (perKind[kind] >= KIND_CAPS[kind] || out.length >= MAX_TAGS) continue;
      perKind[kind]++;
      out.push({ ...this.tags[e] });
    }
    return out;
  }

  /** See `findTag`. */
  find(name: string): Tag | null {
    const i = this.byName.get(foldName(name));
    return i === undefined ? null : { ...this.tags[i] };
  }

  /** See `aliasesOf`. */
  spellingsOf(tag: Pick<Tag, "kind" | "slug">): string[] {
    const i = this.byTag.get(`${tag.kind}/${tag.slug}`);
    if (i === undefined) return [];
    const e = this.entries[i];
    return [...new Set([e.name, ...e.aliases, ...e.exact, ...e.shared])];
  }
}

/** True for a text mostly in capitals (a shouted headline), where acronyms cannot be told from words. */
function isShouting(text: string): boolean {
  let upper = 0;
  let cased = 0;
  for (const c of text) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    cased++;
    if (c === c.toUpperCase()) upper++;
  }
  return cased >= 8 && upper / cased > 0.8;
}

let shared: EntityMatcher | null = null;
let given: Vocabulary | null = null;

/** The matcher over the shipped vocabulary, compiled on first use. */
export function defaultMatcher(): EntityMatcher {
  return (shared ??= new EntityMatcher(given ?? loadVocabulary()));
}

/**
 * Makes `defaultMatcher` compile `vocabulary` (the shipped vocabulary, as `defaultMatcher().entries` gives it in
 * another thread) instead of reading and checking vocabulary.yaml again: a worker thread saves some 0.5 s of
 * start-up. Call it before the first match.
 */
export function useVocabulary(vocabulary: Vocabulary): void {
  if (!shared) given = vocabulary;
}

/**
 * Returns the tags of the entities named in `texts`, best first: ranked by weight × salience summed over
 * mentions, at most KIND_CAPS per kind and MAX_TAGS in all. Pass only published, non-bibliography text.
 */
export function matchEntities(texts: WeightedText[]): Tag[] {
  return defaultMatcher().match(texts);
}

/** The tag an editor's front-matter name (canonical name, any alias or the slug; any case or accents) stands for. */
export function findTag(name: string): Tag | null {
  return defaultMatcher().find(name);
}

/** Every spelling of a tag (canonical name first, then aliases, English, Cyrillic…), for the search index. */
export function aliasesOf(tag: Tag): string[] {
  return defaultMatcher().spellingsOf(tag);
}
