// Test helper: checks that an ingested article accounts for every line of its decoded source, text unchanged but for whitespace.
import { decodeSeed } from "../../src/ingest/decode.ts";
import { splitLines } from "../../src/ingest/split.ts";
import type { Article, RawSeed } from "../../src/ingest/types.ts";

// Whitespace of any kind and the invisible characters the ingest drops (zero-width spaces and joiners, word joiner, BOM).
const IGNORED_RE = /[\s\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff]+/gu;
// A list bullet the page draws itself, dropped from list items (documented typography): "- ", "• ", "– ".
const BULLET_RE = /^(?:[-–—•*▪◦●·►✓‣⁃▸▹◾➤➜]|👉)\ufe0f?/u;

function squeeze(s: string): string {
  return s.normalize("NFC").replace(IGNORED_RE, "");
}

/**
 * True when `pieces` tile `target` exactly, one of them (`split`) maybe with the others set inside it: Markdown's
 * `l’[Organisation](https://…)` publishes `l’Organisation` and removes `[` and `](https://…)`. Read left to right, a
 * character of `split` is taken before another piece starting there.
 */
function tilesWithSplit(target: string, split: string, others: string[]): boolean {
  const unused = [...others];
  let k = 0;
  for (let pos = 0; pos < target.length; ) {
    if (k < split.length && target[pos] === split[k]) {
      pos++;
      k++;
      continue;
    }
    const i = unused.findIndex((p) => p !== "" && target.startsWith(p, pos));
    if (i < 0) return false;
    pos += unused[i].length;
    unused.splice(i, 1);
  }
  return k === split.length && unused.every((p) => p === "");
}

/**
 * Returns what went missing or changed, as readable strings (empty when nothing did). Every raw line must be in a block,
 * be the title or lede line, or be in `removed` with a reason; the pieces a line gave must tile its text exactly, ignoring
 * whitespace, except a list bullet at the start of a list item; one piece may hold the others inside it (see
 * tilesWithSplit). The lines of a joined wrapped paragraph (a block's `lines`) are checked together, as one text.
 */
export function conservationFailures(raw: RawSeed, article: Article): string[] {
  const decoded = decodeSeed(raw);
  const split = splitLines(decoded);
  const source = [...split.frontMatterLines, ...split.lines];
  const textOf = new Map(source.map((l) => [l.line, l.text]));
  // The lines read as one: a wrapped paragraph's, keyed by their first line.
  const unitOf = new Map<number, number[]>();
  const join = (lines?: number[]) => {
    if (lines && lines.length > 1) for (const l of lines) unitOf.set(l, lines);
  };
  for (const b of article.blocks) join(b.lines);
  for (const r of article.removed) join(r.lines);
  join(article.titleLines);
  join(article.ledeLines);
  const keyOf = (line: number) => unitOf.get(line)?.[0] ?? line;
  const pieces = new Map<number, { text: string; what: string }[]>();
  const add = (line: number, text: string, what: string) => {
    const key = keyOf(line);
    if (!pieces.has(key)) pieces.set(key, []);
    pieces.get(key)!.push({ text, what });
  };
  for (const b of article.blocks) add(b.line, b.text, b.type);
  for (const r of article.removed) add(r.line, r.text, r.reason ? "removed" : "removed without a reason");
  const failures: string[] = [];
  // A piece removed from a wrapped paragraph stands on the physical line it is listed on.
  for (const r of article.removed) {
    const own = textOf.get(r.line);
    if (!r.lines && own !== undefined && unitOf.has(r.line) && !squeeze(own).includes(squeeze(r.text))) failures.push(`line ${r.line}: the removed ${JSON.stringify(r.text.slice(0, 40))} is not on that line`);
  }
  if (article.titleSource === "text" && article.titleLine != null) add(article.titleLine, article.title, "title");
  if (article.ledeLine != null) add(article.ledeLine, article.lede, "lede");
  for (const n of [...pieces.keys(), ...unitOf.keys()]) if (!textOf.has(n)) failures.push(`line ${n} does not exist in the source`);
  for (const { line } of source) {
    if (keyOf(line) !== line) continue;
    const text = (unitOf.get(line) ?? [line]).map((l) => textOf.get(l) ?? "").join("\n");
    const got = pieces.get(line);
    if (!got) {
      failures.push(`line ${line} is lost: ${JSON.stringify(text.slice(0, 80))}`);
      continue;
    }
    for (const p of got) if (p.what === "removed without a reason") failures.push(`line ${line} is removed without a reason`);
    const target = squeeze(text);
    const covered = new Array<boolean>(target.length).fill(false);
    const misplaced: typeof got = [];
    for (const p of got) {
      const piece = squeeze(p.text);
      if (piece === "") continue;
      let at = target.indexOf(piece);
      while (at >= 0 && covered.slice(at, at + piece.length).some(Boolean)) at = target.indexOf(piece, at + 1);
      if (at < 0) {
        misplaced.push(p);
        continue;
      }
      covered.fill(true, at, at + piece.length);
    }
    const isListItem = got.some((p) => p.what === "list-item");
    // The bullet a list item may open with, dropped from its text (one or more UTF-16 units: "👉" is two).
    const bullet = isListItem ? (BULLET_RE.exec(target)?.[0].length ?? 0) : 0;
    // One piece not found as it stands may be the text around the others: a line's Markdown marks.
    if (misplaced.length === 1) {
      const bare = target.slice(bullet);
      if (tilesWithSplit(bare, squeeze(misplaced[0].text), got.filter((p) => p !== misplaced[0]).map((p) => squeeze(p.text)))) continue;
    }
    for (const p of misplaced) failures.push(`line ${line}: the ${p.what} ${JSON.stringify(p.text.slice(0, 80))} is not the source text ${JSON.stringify(text.slice(0, 80))}`);
    const lost = target.split("").filter((_, i) => !covered[i] && i >= bullet).join("");
    if (lost !== "") failures.push(`line ${line}: ${JSON.stringify(lost.slice(0, 80))} is neither published nor removed`);
  }
  return failures;
}
