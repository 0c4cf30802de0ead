// Dated event sentences become chronology events: date forms, ranges, places, people, anchors and the junk rule.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Block } from "../../src/ingest/types.ts";
import { extractEvents, summarize } from "../../src/chronology/extract.ts";
import { formatEventDate } from "../../src/chronology/label.ts";
import { testArticle } from "../helpers/articles.ts";

/** A published article made of `blocks` (type, text), one per raw line from line 3 on, with an optional lede. */
function article(blocks: [Block["type"], string][], over: Partial<Article> = {}): Article {
  return testArticle("essai", "2025-11-19", {
    source: "seeds/t.txt",
    title: "Essai",
    lede: "",
    dateEvidence: "",
    blocks: blocks.map(([type, text], i) => ({ type, text, line: i + 3 })),
    hash: "0",
    ...over,
  });
}

const one = (text: string, over: Partial<Article> = {}) => extractEvents(article([["paragraph", text]], over));

test("a day, a place introduced by « à » and the people named make one event linked to its passage", () => {
  const [e, ...rest] = one("Le 16 juin 2025, à Astana, Tokaïev a accueilli le président chinois Xi Jinping dans le cadre du sommet Chine–Asie centrale.");
  assert.equal(rest.length, 0);
  assert.equal(e.date, "2025-06-16");
  assert.equal(e.endDate, null);
  assert.equal(e.precision, "day");
  assert.equal(e.dateLabel, "16 juin 2025");
  assert.equal(e.place?.tag.name, "Astana");
  assert.equal(e.place?.chronologyUrl, "/chronologie/lieux/astana/");
  assert.deepEqual(e.people.map((p) => p.tag.name), ["Kassym-Jomart Tokaïev", "Xi Jinping"]);
  assert.equal(e.source.url, "/2025/11/essai/#l3");
  assert.equal(e.source.line, 3);
  assert.equal(e.evidence, "Le 16 juin 2025");
});

test("ranges written with a dash, with « et » and with « du … au … » keep their last day", () => {
  const dash = one("Tokaïev s’est rendu à Moscou les 11–12 novembre 2025 pour une visite d’État.")[0];
  assert.deepEqual([dash.date, dash.endDate, dash.dateLabel, dash.place?.tag.name], ["2025-11-11", "2025-11-12", "11–12 novembre 2025", "Moscou"]);
  const et = one("Les 11 et 12 décembre 2025, Kassym-Jomart Tokaïev a effectué une visite officielle à Ashgabat, au Turkménistan.")[0];
  assert.deepEqual([et.date, et.endDate, et.dateLabel], ["2025-12-11", "2025-12-12", "11–12 décembre 2025"]);
  assert.deepEqual(et.places.map((p) => p.tag.slug), ["achgabat", "turkmenistan"], "the city first, then the country");
  assert.equal(et.place?.tag.slug, "achgabat");
  const du = one("Du 28 février au 2 mars 2024, le président a participé au forum d’Antalya, à Antalya.")[0];
  assert.deepEqual([du.date, du.endDate, du.dateLabel], ["2024-02-28", "2024-03-02", "28 février – 2 mars 2024"]);
});

test("a month with its year gives a month-precision event when the sentence names an event", () => {
  const [e] = one("L’adhésion du Kazakhstan aux Accords d’Abraham a été annoncée début novembre 2025.");
  assert.deepEqual([e.date, e.precision, e.dateLabel, e.place], ["2025-11", "month", "novembre 2025", null]);
});

test("a date that bounds a state, or a date without a place or an event word, is not an event", () => {
  assert.deepEqual(one("Le Kazakhstan est membre des Nations unies depuis le 2 mars 1992 et a siégé au Conseil de sécurité."), []);
  assert.deepEqual(one("Depuis juin 2025, le président a multiplié les déplacements à Washington et à Moscou."), []);
  assert.deepEqual(one("Le fonds restera ouvert jusqu’au 5 mars 2026 à Astana."), []);
  assert.deepEqual(one("Nazarbaïev, né le 6 juillet 1940 à Tchemolgan, a dirigé le pays."), []);
  assert.deepEqual(one("Le 3 mars 2024, la croissance était de 4 %."), []);
  assert.equal(one("Le 3 mars 2024, le gouvernement a signé un mémorandum.").length, 1, "an event word suffices");
});

test("a place named without a locative preposition is not where the event happened", () => {
  const [e] = one("Le 23 septembre 2025, il a noté à la tribune que la mer Caspienne se réduit rapidement, lors de son discours.");
  assert.equal(e.place, null);
  assert.deepEqual(e.places, []);
});

test("a year-less date is resolved against a certain article date, and dropped when that date is a guess", () => {
  const text = "Le 23 septembre dernier, lors de son discours devant l’Assemblée de l’ONU à New York, il a parlé de la Caspienne.";
  const [e] = one(text, { date: "2025-10-02", dateCertain: true });
  assert.deepEqual([e.date, e.relative, e.place?.tag.name], ["2025-09-23", true, "New York"]);
  assert.deepEqual(one(text, { date: "2025-10-02", dateCertain: false }), []);
  assert.deepEqual(one(text, { date: "2025-10", dateCertain: true }), [], "a month-only article date cannot place a day");
});

test("two dates in one sentence make two events, each with the places written after it", () => {
  const events = one("Tokaïev a reçu Xi Jinping le 16 juin 2025 à Astana, puis l’a retrouvé le 30 août 2025 à Tianjin.");
  assert.deepEqual(events.map((e) => [e.date, e.place?.tag.name]), [["2025-06-16", "Astana"], ["2025-08-30", "Tianjin"]]);
});

test("a sentence naming nobody takes the people of the sentence before it, not across a heading", () => {
  const events = extractEvents(article([
    ["paragraph", "Tokaïev a accueilli Xi Jinping à Astana."],
    ["paragraph", "Le 30 août 2025, les deux dirigeants se sont retrouvés à Tianjin."],
    ["heading", "Une autre affaire"],
    ["paragraph", "Le 6 novembre 2025, les délégations se sont réunies à Washington."],
  ]));
  assert.deepEqual(events.map((e) => e.people.map((p) => p.tag.name)), [["Kassym-Jomart Tokaïev", "Xi Jinping"], []]);
});

test("a heading is evidence too, and gives way to the sentence of its section telling the same event", () => {
  const events = extractEvents(article([
    ["heading", "Washington (6 novembre 2025) : un partenariat revitalisé"],
    ["paragraph", "Le 6 novembre 2025, Tokaïev s’est rendu à Washington pour participer au sommet C5+1, accueilli par Donald Trump."],
    ["heading", "Moscou (11–12 novembre 2025) : une relation historique"],
  ]));
  assert.deepEqual(events.map((e) => [e.dateLabel, e.place?.tag.name, e.source.anchor]), [
    ["6 novembre 2025", "Washington", "l4"],
    ["11–12 novembre 2025", "Moscou", "l5"],
  ]);
});

test("the lede links to #chapo; quotes, credits and the bibliography never give events", () => {
  const events = extractEvents(article([
    ["quote", "« Le 6 novembre 2025, nous avons signé un accord à Washington. »"],
    ["credit", "Photo prise le 6 novembre 2025 à Washington lors du sommet"],
    ["bibliography", "Agence Anadolu. (2023, 23 novembre 2023). Le Kazakhstan signe un accord à Almaty."],
  ], { lede: "Le 5 février 2026, à Islamabad, le chef de l’État a accordé un entretien." }));
  assert.deepEqual(events.map((e) => [e.date, e.place?.tag.name, e.source.url]), [["2026-02-05", "Islamabad", "/2025/11/essai/#chapo"]]);
});

test("a raw line cut into two blocks gives the second block the anchor l3-2, as the article page does", () => {
  const a = article([["paragraph", "Introduction."]]);
  a.blocks.push({ type: "paragraph", text: "Le 16 juin 2025, à Astana, un sommet s’est tenu.", line: 3 });
  assert.equal(extractEvents(a)[0].source.anchor, "l3-2");
});

test("long sentences are cut at a word with an ellipsis; date labels write ranges the French way", () => {
  const s = summarize("mot ".repeat(120));
  assert.ok(s.length <= 280 && s.endsWith("mot…"), s);
  assert.equal(formatEventDate("2025-09-01", null), "1er septembre 2025");
  assert.equal(formatEventDate("2025-12-30", "2026-01-02"), "30 décembre 2025 – 2 janvier 2026");
  assert.equal(formatEventDate("2025-11", null), "novembre 2025");
});

test("any text gives events without throwing, each dated by words found in its own passage", async () => {
  const fc = (await import("fast-check")).default;
  const piece = fc.constantFrom("Le 16 juin 2025", " à Astana", ", Tokaïev", " a signé", " depuis le 2 mars 1992", " les 11 et 12", " décembre 2025", "« Nous", " »", ".", " Xi Jinping", " 30 février 2025", " le 23 septembre dernier", "\u00a0", "<script>", " mai", " 2024");
  fc.assert(
    fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), { maxLength: 5 }), fc.boolean(), (paras, certain) => {
      const a = article(paras.map((t) => ["paragraph", t] as [Block["type"], string]), { dateCertain: certain });
      for (const e of extractEvents(a)) {
        const block = a.blocks.find((b) => `l${b.line}` === e.source.anchor);
        assert.ok(block && block.text.includes(e.evidence), `${e.evidence} not in its passage`);
        assert.match(e.date, /^\d{4}-\d{2}(-\d{2})?$/);
        assert.ok(!e.endDate || e.endDate > e.date);
      }
    }),
    { numRuns: 300 },
  );
});

test("a place followed by its date in brackets locates the event, in a paragraph as in a heading", () => {
  const [e] = one("Sommets de l’année : Moscou (11–12 novembre 2025), une visite d’État, puis d’autres rencontres.");
  assert.deepEqual([e.dateLabel, e.place?.tag.name], ["11–12 novembre 2025", "Moscou"]);
});

test("the place of a dateline opening the passage locates its event; a place later in a sentence needs its preposition", () => {
  const [e] = one("ALMATY, 4 mars 2024 (agence) – Le Kazakhstan et l’Ouzbékistan ont signé lundi un accord sur les corridors ferroviaires.");
  assert.deepEqual([e.date, e.place?.tag.name], ["2024-03-04", "Almaty"]);
  const [f] = one("Selon Pékin, le 16 juin 2025, un accord a été signé.");
  assert.equal(f.place, null);
});

test("event words are whole enough not to catch look-alikes: « signifie » or « compte rendu » make no event", () => {
  assert.deepEqual(one("Le 3 mars 2024, la hausse signifie une inflation durable."), []);
  assert.deepEqual(one("Le 3 mars 2024, un compte rendu a circulé."), []);
  assert.equal(one("Le 3 mars 2024, Tokaïev s’est rendu au Qatar.").length, 1);
  assert.equal(one("Le 3 mars 2024, les deux pays ont signé des accords.").length, 1);
  assert.equal(one("Le 3 mars 2024, les ministres ont rencontré la presse.").length, 1);
});
