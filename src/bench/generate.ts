// Generates N synthetic seeds from the real seeds' own paragraphs: seeded, so the same N and seed give the same files.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** One generated seed file. */
export interface SyntheticSeed {
  name: string;
  text: string;
}

/** The material the generator draws from: paragraphs and headings of real seeds. */
export interface SeedCorpus {
  paragraphs: string[];
  headings: string[];
  quotes: string[];
  listItems: string[];
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
// The header some seeds start with: " date 2025-11-19 Depuis juin 2025, …".
const DATE_HEADER_RE = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/;
// A list item as seeds write it: "- réformer l’ONU…" or "• préserver sa souveraineté…".
const LIST_ITEM_RE = /^\s*[-•–]\s+/;
// A line that ends a sentence: "… de la paix." or "… ? »".
const SENTENCE_END_RE = /[.!?…:;»”)]\s*$/;

/** Entities spread over the synthetic articles so that tag pages have varied sizes. */
const PEOPLE = ["Kassym-Jomart Tokaïev", "Vladimir Poutine", "Xi Jinping", "Emmanuel Macron", "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Chavkat Mirziyoïev", "Ilham Aliyev", "Antonio Guterres", "Sadyr Japarov", "Serdar Berdimuhamedow", "Emomali Rahmon", "Mourat Nourtleou", "Ursula von der Leyen", "Narendra Modi"];
const PLACES = ["Astana", "Almaty", "Moscou", "Pékin", "Washington", "Bruxelles", "Ashgabat", "Tachkent", "Bichkek", "Douchanbé", "Bakou", "Ankara", "Paris", "Berlin", "Tokyo", "New Delhi", "Islamabad", "Genève", "New York", "Téhéran"];
const ORGS = ["l’ONU", "l’OCS", "l’OTSC", "l’Union européenne", "l’OSCE", "l’Union économique eurasiatique", "les BRICS", "l’OTAN", "la CICA", "l’Organisation des États turciques"];

/** Mulberry32: a small seeded generator, so runs are reproducible (never Math.random). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits the texts of real seeds into paragraphs, headings, quotes and list items. */
export function collectCorpus(texts: string[]): SeedCorpus {
  const corpus: SeedCorpus = { paragraphs: [], headings: [], quotes: [], listItems: [] };
  for (const text of texts) {
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = raw.replace(DATE_HEADER_RE, "").trim();
      if (!line) continue;
      if (LIST_ITEM_RE.test(line)) corpus.listItems.push(line.replace(LIST_ITEM_RE, ""));
      else if (line.startsWith("«") && line.length > 60) corpus.quotes.push(line);
      else if (line.length >= 25 && line.length <= 140 && !SENTENCE_END_RE.test(line)) corpus.headings.push(line);
      else if (line.length >= 120) corpus.paragraphs.push(line);
    }
  }
  if (corpus.paragraphs.length === 0) throw new Error("the seed corpus has no paragraph to draw from");
  if (corpus.headings.length === 0) corpus.headings.push("Une diplomatie d’équilibre");
  return corpus;
}

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/**
 * A drawer of `list`'s items without repeats until all are drawn: an article pasting the same paragraph twice would be
 * read as a paste error by the ingest and half published.
 */
function drawer<T>(rand: () => number, list: T[]): () => T {
  let left: number[] = [];
  return () => {
    if (left.length === 0) left = list.map((_, i) => i);
    const k = Math.floor(rand() * left.length);
    const [i] = left.splice(k, 1);
    return list[i];
  };
}

/** A date spread over the 15 years 2011–2025, as [year, month (1–12), day]. */
function pickDate(rand: () => number): [number, number, number] {
  const year = 2011 + Math.floor(rand() * 15);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return [year, month, day];
}

/** Builds synthetic seed number `i` (0-based): a date header, a lede, a title, headed paragraphs. */
function generateOne(corpus: SeedCorpus, rand: () => number, i: number): SyntheticSeed {
  const [y, m, d] = pickDate(rand);
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const frenchDate = `${d === 1 ? "1er" : d} ${MONTHS[m - 1]} ${y}`;
  const person = pick(rand, PEOPLE);
  const place = pick(rand, PLACES);
  const org = pick(rand, ORGS);
  // The ordinal in the title keeps titles, hence URLs, unique however often a heading is drawn.
  const title = `${pick(rand, corpus.headings)} (dossier ${i + 1})`;
  const paragraph = drawer(rand, corpus.paragraphs);
  // The ordinal is in the lede's main clause too, in case the title is derived from it.
  const lede = `Le ${frenchDate}, à ${place}, ${person} a évoqué le rôle de ${org} (dépêche n° ${i + 1}). ${paragraph()}`;
  const lines = [` date ${iso} ${lede}`, "", title, ""];
  const sections = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < sections; s++) {
    if (s > 0) lines.push(pick(rand, corpus.headings), "");
    const paragraphs = 3 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) lines.push(paragraph(), "");
    const extra = rand();
    if (extra < 0.25 && corpus.quotes.length) lines.push(pick(rand, corpus.quotes), "");
    else if (extra < 0.4 && corpus.listItems.length) {
      lines.push("Ses objectifs sont explicites :", "");
      for (let k = 0; k < 3; k++) lines.push(`- ${pick(rand, corpus.listItems)}`);
      lines.push("");
    }
  }
  const name = `bench_${String(i).padStart(6, "0")}.txt`;
  return { name, text: lines.join("\n") };
}

/** Generates `n` seeds from `corpus`, deterministically for a given `seed`. */
export function generateSeeds(corpus: SeedCorpus, n: number, seed = 1): SyntheticSeed[] {
  const rand = seededRandom(seed);
  const out: SyntheticSeed[] = [];
  for (let i = 0; i < n; i++) out.push(generateOne(corpus, rand, i));
  return out;
}

/** Reads the `.txt` seeds of `dir`: their names and texts, in name order. */
async function readTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(names.map((f) => readFile(path.join(dir, f), "utf8")));
}

/** Reads the `.txt` seeds of `dir` into a corpus. */
export async function readCorpus(dir: string): Promise<SeedCorpus> {
  return collectCorpus(await readTexts(dir));
}

/** The file that records what a generated folder holds; ingest skips dotfiles. */
const STAMP = ".bench-stamp.json";

/** What a generated folder was made from: the generator's own code, the corpus, N and the seed. */
async function stampOf(texts: string[], n: number, seed: number): Promise<string> {
  const hash = createHash("sha256").update(await readFile(new URL(import.meta.url), "utf8"));
  for (const t of texts) hash.update(t).update("\0");
  return JSON.stringify({ n, seed, source: hash.digest("hex") });
}

/**
 * Writes `n` synthetic seeds drawn from `from` into a fresh folder `dir`; returns the bytes written. A folder already
 * generated from the same corpus, N, seed and generator is kept as it is (100,000 seeds take a while to write).
 */
export async function writeSyntheticSeeds(from: string, dir: string, n: number, seed = 1): Promise<number> {
  const texts = await readTexts(from);
  const corpus = collectCorpus(texts);
  const stamp = await stampOf(texts, n, seed);
  const previous = await readFile(path.join(dir, STAMP), "utf8").catch(() => null);
  if (previous !== null && JSON.parse(previous).stamp === stamp) return JSON.parse(previous).bytes as number;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  const rand = seededRandom(seed);
  for (let i = 0; i < n; i++) {
    const s = generateOne(corpus, rand, i);
    bytes += Buffer.byteLength(s.text);
    await writeFile(path.join(dir, s.name), s.text);
  }
  await writeFile(path.join(dir, STAMP), JSON.stringify({ stamp, bytes }) + "\n");
  return bytes;
}
