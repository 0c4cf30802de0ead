// Hard-wrapped text (a PDF's copy, an e-mail): its paragraphs are read whole, its page marks removed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestSeed } from "../../src/ingest/index.ts";
import { unwrapLines, wrapWidth } from "../../src/ingest/unwrap.ts";
import type { Article, SourceLine } from "../../src/ingest/types.ts";
import { conservationFailures } from "../hostile/conservation.ts";

const PARAGRAPHS = [
  "Le trafic de conteneurs sur la route transcaspienne a plus que doublé entre 2021 et 2023, selon les chiffres du ministère kazakhstanais des Transports. Le président Kassym-Jomart Tokaïev en a fait un axe de sa politique étrangère.",
  "Ce choix n’est pas seulement logistique. En multipliant les accords avec l’Azerbaïdjan, la Géorgie et la Turquie, Astana se dote d’une porte de sortie vers l’Europe qui ne dépend pas du seul territoire russe.",
  "La Russie reste le premier voisin et le principal partenaire au sein de l’Union économique eurasiatique. Près de 80 % du pétrole kazakhstanais exporté transite encore par l’oléoduc du Consortium de la Caspienne.",
];

/** Greedy wrapping at `width` columns, as a mail program or a text-mode browser does it. */
function wrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...out, line];
}

function linesOf(text: string): SourceLine[] {
  return text.split("\n").map((t, i) => ({ line: i + 1, text: t }));
}

function ingest(text: string): Article {
  const raw = { source: "note.txt", name: "note.txt", bytes: new TextEncoder().encode(text) };
  const r = ingestSeed(raw);
  assert.ok(r.article, JSON.stringify(r.problems));
  assert.deepEqual(conservationFailures(raw, r.article), []);
  return r.article;
}

const TITLE = "Le Kazakhstan et la Caspienne : une diplomatie de l’équilibre";
const wrapped = (width: number) => [TITLE, "", ...PARAGRAPHS.flatMap((p) => [...wrap(p, width), ""])].join("\n");

test("a text wrapped at 72 columns is read one paragraph a line, each numbered by its first line", () => {
  const text = wrapped(72);
  assert.ok(wrapWidth(linesOf(text)) > 60);
  const a = ingest(text);
  const body = [a.lede, ...a.blocks.map((b) => b.text)];
  assert.deepEqual(body, PARAGRAPHS);
  assert.equal(a.ledeLine, 3);
  assert.deepEqual(a.ledeLines, [3, 4, 5, 6]);
  assert.deepEqual(a.blocks.map((b) => b.line), [8, 12]);
  assert.deepEqual(a.blocks[0].lines, [8, 9, 10]);
});

test("a web page's copy, one line a paragraph, is not joined", () => {
  const text = [TITLE, "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n");
  assert.equal(wrapWidth(linesOf(text)), 0);
  assert.deepEqual(unwrapLines(linesOf(text)), linesOf(text));
  // Short lines one under another, each a paragraph of its own, are not a wrapped text either.
  const short = [TITLE, "", "Astana accueille le sommet.", "Les ministres arrivent demain.", "Le Premier ministre parlera jeudi.", "La presse est invitée.", "Le programme sera publié.", "La sécurité est renforcée."].join("\n");
  assert.equal(wrapWidth(linesOf(short)), 0);
});

test("a word broken by a hyphen at a line's end is mended, and the hyphen listed as removed", () => {
  const text = [TITLE, "", "La guerre en Ukraine a renchéri les routes qui traversent la Russie et", "poussé les exportateurs kazakhstanais vers la route transcas-", "pienne, qui relie le port d’Aktaou à Bakou, puis à la Géorgie et à la", "mer Noire. Cette note examine comment la diplomatie kazakhstanaise", "tente de concilier ce nouveau corridor avec ses engagements envers", "Moscou et Pékin, tout en observant la politique de non-", "alignement revendiquée par Astana et ses partenaires d’Asie centrale.", ""].join("\n");
  const a = ingest(text);
  assert.match(a.lede, /la route transcaspienne, qui relie/);
  // "non-" over "alignement" is a compound: it keeps its hyphen.
  assert.match(a.lede, /politique de non-alignement revendiquée/);
  assert.deepEqual(a.removed.filter((r) => r.text === "-").map((r) => r.line), [4]);
});

test("a paragraph runs on over a printed page's number and running header when its line stops mid-sentence", () => {
  const header = "Le Kazakhstan et la Caspienne — Note n° 58                    avril 2024";
  const [first, second] = PARAGRAPHS.map((p) => wrap(p, 70));
  const text = [TITLE, "", ...first, "", ...second.slice(0, 2), "", "1", "", header, "", ...second.slice(2), "", ...wrap(PARAGRAPHS[2], 70), "", "2", "", header, ""].join("\n");
  const a = ingest(text);
  assert.deepEqual(a.blocks.map((b) => b.text), PARAGRAPHS.slice(1));
  const reasons = a.removed.filter((r) => r.text.trim() !== "").map((r) => [r.text.trim(), r.reason]);
  assert.deepEqual(reasons.map(([t]) => t), ["1", header.trim(), "2", header.trim()]);
  assert.match(reasons[0][1], /number of a printed page/);
  assert.match(reasons[1][1], /running header/);
});

test("in the head, a headline is not joined to the date line under it for its length alone", () => {
  const title = "Corridor médian : Astana mise sur la diplomatie des rails et des ports";
  const text = [title, "Revue de presse – 3 avril 2024", "", ...PARAGRAPHS.flatMap((p) => [...wrap(p, 72), ""])].join("\n");
  const lines = unwrapLines(linesOf(text));
  assert.ok(wrapWidth(linesOf(text)) > 60);
  assert.deepEqual(lines.slice(0, 2).map((l) => l.text), [title, "Revue de presse – 3 avril 2024"]);
  // Further down, a full line ending a sentence is a wrapped paragraph's line like any other.
  assert.equal(lines.filter((l) => l.parts).length, 3);
});

test("a list item's indented continuation joins the item; the next dash starts another", () => {
  const text = [TITLE, "", ...wrap(PARAGRAPHS[0], 72), "", "Le journal relève trois chantiers prioritaires :", "- la construction d’un nouveau terminal à conteneurs à Aktaou, avec la", "  participation d’un opérateur portuaire émirati ;", "- la modernisation de la ligne ferroviaire Dostyk–Moïynty, à la", "  frontière chinoise.", "", ...wrap(PARAGRAPHS[1], 72), ""].join("\n");
  const a = ingest(text);
  const items = a.blocks.filter((b) => b.type === "list-item");
  assert.deepEqual(items.map((b) => b.text), ["la construction d’un nouveau terminal à conteneurs à Aktaou, avec la participation d’un opérateur portuaire émirati ;", "la modernisation de la ligne ferroviaire Dostyk–Moïynty, à la frontière chinoise."]);
  assert.deepEqual(items.map((b) => b.lines), [[9, 10], [11, 12]]);
});

test("a Markdown quotation wrapped over lines that each open with '>' is one quotation, each mark listed", () => {
  const quote = wrap("« La France est un partenaire clé du Kazakhstan en Europe. Notre dialogue politique a atteint un niveau de confiance qui nous permet d’aborder ensemble les questions les plus sensibles », a déclaré le ministre.", 70).map((l) => `> ${l}`);
  const text = [TITLE, "", ...wrap(PARAGRAPHS[0], 72), "", ...quote, "", ...wrap(PARAGRAPHS[1], 72), ""].join("\n");
  const a = ingest(text);
  const quotes = a.blocks.filter((b) => b.type === "quote");
  assert.equal(quotes.length, 1);
  assert.match(quotes[0].text, /^« La France est un partenaire clé .* a déclaré le ministre\.$/);
  assert.equal(a.removed.filter((r) => r.reason === "Markdown markup").length, quote.length);
});

test("a paragraph pasted twice in a wrapped text is not a running header: the repeat rule removes the copy", () => {
  const first = wrap(PARAGRAPHS[0], 72);
  const text = [TITLE, "", ...first, "", ...wrap(PARAGRAPHS[1], 72), "", ...wrap(PARAGRAPHS[2], 72), "", ...first, ""].join("\n");
  const a = ingest(text);
  assert.equal(a.title, TITLE);
  assert.equal(a.lede, PARAGRAPHS[0]);
  assert.ok(!a.removed.some((r) => /running header/.test(r.reason)), JSON.stringify(a.removed.map((r) => r.reason)));
  // The headline of a PDF's first page is not its header, though the pages repeat it.
  const header = `${TITLE}`;
  const pdf = [TITLE, "", ...first, "", "1", "", header, "", ...wrap(PARAGRAPHS[1], 72), "", "2", "", header, "", ...wrap(PARAGRAPHS[2], 72), ""].join("\n");
  const b = ingest(pdf);
  assert.equal(b.title, TITLE);
  const headers = pdf.split("\n").flatMap((l, i) => (i > 0 && l === header ? [i + 1] : []));
  assert.equal(headers.length, 2);
  assert.deepEqual(b.removed.filter((r) => /running header/.test(r.reason)).map((r) => r.line), headers);
});

test("a year alone between blank lines stays text; page numbers are bare numbers that rise", () => {
  const text = [TITLE, "", ...wrap(PARAGRAPHS[0], 72), "", "1991", "", ...wrap(PARAGRAPHS[1], 72), "", "2", "", ...wrap(PARAGRAPHS[2], 72), ""].join("\n");
  const a = ingest(text);
  // One bare number alone may be the text's own: "2" is not a page either, with nothing to say it is one.
  assert.ok(!a.removed.some((r) => /printed page/.test(r.reason)), JSON.stringify(a.removed.map((r) => r.reason)));
  // No paragraph runs on over them: they are not a page's break.
  assert.deepEqual([a.lede, ...a.blocks.map((b) => b.text)].filter((t) => t.length > 40), PARAGRAPHS);
});

test("a French compound broken at its own hyphen keeps it: peut-être, c’est-à-dire, celui-ci, a-t-il", () => {
  const text = [TITLE, "", "Le Kazakhstan a signé un accord avec ses voisins, et c’est peut-", "être la première fois que la région parle d’une seule voix ; c’est-à-", "dire que les cinq capitales ont accepté un calendrier commun, celui-", "ci devant aboutir en 2026. Le ministre a-t-", "il pour autant levé les doutes de Moscou sur ce partenariat régional ?", "Les diplomates en doutent encore et rappellent les précédents de 2018.", "", ...wrap(PARAGRAPHS[1], 72), ""].join("\n");
  const a = ingest(text);
  assert.match(a.lede, /c’est peut-être la première fois/);
  assert.match(a.lede, /c’est-à-dire que les cinq/);
  assert.match(a.lede, /celui-ci devant/);
  assert.match(a.lede, /a-t-il pour autant/);
  assert.equal(a.removed.filter((r) => r.text === "-").length, 0);
});

test("the head is the text's first run of lines: a blank line or a page number on top does not open it to joins", () => {
  const title = "Corridor médian : Astana mise sur la diplomatie des rails et des ports";
  for (const top of [[""], ["1", ""]]) {
    const text = [...top, title, "Revue de presse – 3 avril 2024", "", ...PARAGRAPHS.flatMap((p) => [...wrap(p, 72), ""])].join("\n");
    const lines = unwrapLines(linesOf(text));
    assert.ok(lines.some((l) => l.text === title), JSON.stringify(top));
  }
  // A text with no blank line at all: only its first lines are the head; the paragraph under them is joined whole.
  const solid = [title, ...wrap(PARAGRAPHS[0] + " " + PARAGRAPHS[1], 72)].join("\n");
  const joined = unwrapLines(linesOf(solid));
  assert.equal(joined.length, 2);
  assert.equal(joined[1].text, PARAGRAPHS[0] + " " + PARAGRAPHS[1]);
});

test("a mark removed from a wrapped paragraph is listed on the physical line that holds it", () => {
  const text = [TITLE, "", ...wrap(PARAGRAPHS[0], 72), "", "Le ministre a reçu ses homologues à Astana pour un long entretien **selon le", "porte-parole du ministère**, qui a salué une rencontre franche et utile pour", "les deux pays et pour la coopération régionale en Asie centrale ce jeudi.", "", ...wrap(PARAGRAPHS[1], 72), ""].join("\n");
  const a = ingest(text);
  assert.deepEqual(a.removed.filter((r) => r.text === "**").map((r) => r.line), [8, 9]);
});

test("a 100 KB line of letters ending in a hyphen, inside a wrapped text, is read in well under a second", () => {
  const text = [TITLE, "", ...PARAGRAPHS.flatMap((p) => [...wrap(p, 72), ""]), "x".repeat(100 * 1024) + "-", "suite de la ligne.", ""].join("\n");
  assert.ok(wrapWidth(linesOf(text)) > 0);
  const t0 = performance.now();
  unwrapLines(linesOf(text));
  const ms = performance.now() - t0;
  // The unanchored pattern took a minute at 50 KB; anchored, milliseconds even on a busy machine.
  assert.ok(ms < 2000, `${Math.round(ms)} ms`);
});

test("subtitles pasted as text: each cue's lines are one paragraph, a dash's new speaker apart, numbers and times their own lines", () => {
  const srt = [
    "Reportage au Kazakhstan",
    "",
    "1",
    "00:00:01,200 --> 00:00:04,800",
    "Le pape au Kazakhstan, une première",
    "depuis Jean-Paul II il y a 21 ans.",
    "",
    "2",
    "00:00:04,900 --> 00:00:09,300",
    "- Je suis venue de Karaganda en train.",
    "- Et moi d’Almaty, toute la nuit.",
    "",
    "3",
    "00:00:09,400 --> 00:00:13,100",
    "Reportage sur place de Mathieu Caron",
    "et Aïgerim Sadykova.",
  ];
  const lines: SourceLine[] = srt.map((text, i) => ({ line: i + 1, text }));
  const out = unwrapLines(lines);
  assert.deepEqual(
    out.map((l) => [l.line, l.text, l.parts?.map((p) => p.line)]),
    [
      [1, "Reportage au Kazakhstan", undefined],
      [2, "", undefined],
      [3, "1", undefined],
      [4, "00:00:01,200 --> 00:00:04,800", undefined],
      [5, "Le pape au Kazakhstan, une première depuis Jean-Paul II il y a 21 ans.", [5, 6]],
      [7, "", undefined],
      [8, "2", undefined],
      [9, "00:00:04,900 --> 00:00:09,300", undefined],
      [10, "- Je suis venue de Karaganda en train.", undefined],
      [11, "- Et moi d’Almaty, toute la nuit.", undefined],
      [12, "", undefined],
      [13, "3", undefined],
      [14, "00:00:09,400 --> 00:00:13,100", undefined],
      [15, "Reportage sur place de Mathieu Caron et Aïgerim Sadykova.", [15, 16]],
    ],
  );
  // Two time lines are not subtitles: the text is left as it is.
  const two = lines.slice(0, 11);
  assert.deepEqual(unwrapLines(two), two);
});
