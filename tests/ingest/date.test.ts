// The French date grammar and the choice of the publication date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, findYearClues, inferDate, readDateHeader, readDateline } from "../../src/ingest/date.ts";

function one(text: string, reference?: string) {
  const found = findDates(text, reference);
  assert.equal(found.length, 1, `one date expected in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}

test("a day, a French month and a year make a day-precision date with its evidence", () => {
  const d = one("Le 23 septembre 2025, dans le cadre de la grand-messe diplomatique");
  assert.deepEqual(d, { start: 0, end: 20, evidence: "Le 23 septembre 2025", date: "2025-09-23", precision: "day" });
});

test("the French ordinal of the first of the month is read: '1er août 2024'", () => {
  assert.equal(one("signé le 1er août 2024 à Astana").date, "2024-08-01");
  assert.equal(one("le 1ᵉʳ mars 2024").date, "2024-03-01");
});

test("two days joined by 'et' make a range starting on the first day", () => {
  const d = one("Les 11 et 12 décembre 2025, le président du Kazakhstan");
  assert.equal(d.evidence, "Les 11 et 12 décembre 2025");
  assert.equal(d.date, "2025-12-11");
  assert.equal(d.endDate, "2025-12-12");
});

test("'du … au …' ranges are read, also across two months", () => {
  assert.deepEqual([one("du 3 au 5 mars 2024").date, one("du 3 au 5 mars 2024").endDate], ["2024-03-03", "2024-03-05"]);
  const d = one("du 28 février au 2 mars 2024");
  assert.deepEqual([d.date, d.endDate], ["2024-02-28", "2024-03-02"]);
});

test("a dashed range '11–12 novembre 2025' is one mention", () => {
  const d = one("Moscou (11–12 novembre 2025) : consolider une relation historique");
  assert.deepEqual([d.date, d.endDate, d.evidence], ["2025-11-11", "2025-11-12", "11–12 novembre 2025"]);
});

test("a number's end is no range's first day: 'n° 2026-07 – 18 février 2026' is the 18th", () => {
  const d = one("Note de marché n° 2026-07 – 18 février 2026");
  assert.deepEqual([d.date, d.endDate, d.evidence], ["2026-02-18", undefined, "18 février 2026"]);
});

test("a date in parentheses is found: 'Washington (6 novembre 2025)'", () => {
  assert.equal(one("Washington (6 novembre 2025) : un partenariat").date, "2025-11-06");
});

test("a weekday before the date, with or without a comma, belongs to the evidence", () => {
  assert.equal(one("mardi, 4 mars 2024").evidence, "mardi, 4 mars 2024");
  assert.equal(one("mardi 4 mars 2024").date, "2024-03-04");
});

test("a numeric French date is read day first: 'Le 04/03/2024' is 4 March", () => {
  assert.equal(one("Le 04/03/2024, à Almaty").date, "2024-03-04");
});

test("a month and a year make a month-precision date: 'En septembre 2023'", () => {
  const d = one("En septembre 2023, le Président du Kazakhstan");
  assert.deepEqual([d.date, d.precision, d.evidence], ["2023-09", "month", "En septembre 2023"]);
});

test("'le 23 septembre dernier' takes the last 23 September before the reference date", () => {
  const d = one("Le 23 septembre dernier, lors de son discours", "2025-12-12");
  assert.deepEqual([d.date, d.relative], ["2025-09-23", true]);
  assert.equal(one("le 23 septembre dernier", "2025-09-01").date, "2024-09-23");
});

test("a year-less date without a reference stays relative and year-less", () => {
  const d = one("le 5 février");
  assert.deepEqual([d.date, d.relative], ["--02-05", true]);
  assert.equal(one("le 5 février", "2026-02-06").date, "2026-02-05");
  assert.equal(one("le 10 janvier prochain", "2025-12-20").date, "2026-01-10");
});

test("impossible days are not dates: no 30 février, no 29 février in a common year", () => {
  assert.deepEqual(findDates("le 30 février 2024"), []);
  assert.deepEqual(findDates("le 29 février 2023"), []);
  assert.equal(one("le 29 février 2024").date, "2024-02-29");
  assert.deepEqual(findDates("le 32/01/2024"), []);
});

test("numbers that are not dates are ignored: years alone, 'sept ans', percentages", () => {
  assert.deepEqual(findDates("le mandat 2017–2018, sept ans plus tard, 80 % du transit, en 1997"), []);
});

test("every date of a sentence is found in reading order", () => {
  const found = findDates("Le 16 juin 2025 à Astana, puis le 30 août 2025 à Tianjin et en novembre 2025.");
  assert.deepEqual(found.map((d) => d.date), ["2025-06-16", "2025-08-30", "2025-11"]);
});

test("the ' date ' header is read with the rest of its line", () => {
  const h = readDateHeader(" date 2025-11-19 Depuis juin 2025, le président");
  assert.ok(h);
  assert.deepEqual([h.date, h.valid, h.text, h.rest], ["2025-11-19", true, " date 2025-11-19 ", "Depuis juin 2025, le président"]);
  assert.equal(readDateHeader(" date 2025-02-30 Texte")?.valid, false);
  assert.equal(readDateHeader("La date 2025-11-19 est passée"), null);
});

test("a dateline gives the place and the date: 'ALMATY, 4 mars 2024 (agence) –'", () => {
  const d = readDateline("ALMATY, 4 mars 2024 (agence) – Le président a reçu");
  assert.ok(d);
  assert.deepEqual([d.place, d.mention.date, d.text, d.rest], ["ALMATY", "2024-03-04", "ALMATY, 4 mars 2024 (agence) –", "Le président a reçu"]);
  assert.equal(readDateline("ASTANA (Kazakhstan), 12/05/2025 (AFP) - Texte")?.mention.date, "2025-05-12");
  assert.equal(readDateline("Le Kazakhstan, pays enclavé, a signé"), null);
  assert.equal(readDateline("Astana, le 4 mars 2024 – Le président a reçu")?.mention.date, "2024-03-04");
});

test("the front matter date wins over the header, and the header over the text", () => {
  assert.equal(inferDate({ frontMatter: "2025-09-23", header: "2025-11-19", texts: ["Le 2 mars 2020"] }).source, "frontmatter");
  const h = inferDate({ header: "2025-11-19", texts: ["Le 2 mars 2020"] });
  assert.deepEqual([h.date, h.source, h.certain], ["2025-11-19", "header", true]);
});

test("a date line in the article's head is certain; the first dated sentence is only inferred", () => {
  const meta = findDates("mardi 4 mars 2024")[0];
  const m = inferDate({ metadata: [{ text: "mardi 4 mars 2024", mention: meta }], texts: ["Le 2 mars 2024, le président"] });
  assert.deepEqual([m.date, m.certain], ["2024-03-04", true]);
  const t = inferDate({ texts: ["Un chapeau sans date.", "Le 23 septembre 2025, Zelensky a rencontré Tokaïev."] });
  assert.deepEqual([t.date, t.source, t.evidence, t.certain], ["2025-09-23", "text", "Le 23 septembre 2025", false]);
});

test("an article with no date at all gets null and source 'none'", () => {
  assert.deepEqual(inferDate({ texts: ["Aucune date ici, en 1997 peut-être."] }), { date: null, source: "none", evidence: "", certain: false });
});

test("a month-only first date with a later exact date is uncertain and says why", () => {
  const g = inferDate({ texts: ["En septembre 2025, le président a parlé.", "Le 3 octobre 2025, il a encore parlé."] });
  assert.equal(g.date, "2025-09");
  assert.equal(g.certain, false);
  assert.match(g.note ?? "", /conflicting/);
});

test("a first date two years before the story's newest one is background; the choice stays uncertain and says why", () => {
  const g = inferDate({ texts: ["En septembre 2023, le président a parlé.", "Le 23 septembre 2025, il a encore parlé."] });
  assert.deepEqual([g.date, g.certain], ["2025-09-23", false]);
  assert.match(g.note ?? "", /background/);
});

test("a UN General Assembly session ordinal dates the text and flags a first date of another year", () => {
  assert.deepEqual(findYearClues("lors de la 80ᵉ session de l’Assemblée générale des Nations Unies"), [{ evidence: "80ᵉ session de l’Assemblée générale", year: 2025 }]);
  const g = inferDate({ texts: ["En septembre 2023, le président, lors de la 80ᵉ session de l’Assemblée générale, a parlé."] });
  assert.deepEqual([g.date, g.certain], ["2023-09", false]);
  assert.match(g.note ?? "", /80ᵉ session .* 2025/);
});

test("a background date ('depuis le 2 mars 1992') or one years older than the story's newest date is not the publication date", () => {
  const g = inferDate({ texts: ["Membre de l’ONU depuis le 2 mars 1992, le Kazakhstan a été élu en 2016.", "Le 4 mars 2024, le président a reçu le secrétaire général."] });
  assert.equal(g.date, "2024-03-04");
  const h = inferDate({ texts: ["Le 12 avril 1961, Gagarine décollait de Baïkonour.", "Le 12 avril 2024, Astana a célébré l’anniversaire."] });
  assert.equal(h.date, "2024-04-12");
});

test("a list of days and weekdays inside 'du … au …' ranges are read", () => {
  const d = one("les 2, 3 et 4 mars 2024 à Astana");
  assert.deepEqual([d.date, d.endDate, d.evidence], ["2024-03-02", "2024-03-04", "les 2, 3 et 4 mars 2024"]);
  const r = one("du lundi 4 au mercredi 6 mars 2024");
  assert.deepEqual([r.date, r.endDate], ["2024-03-04", "2024-03-06"]);
});

test("a date announced for the future ('prévu le 15 juin 2026') is not taken as the publication date", () => {
  const g = inferDate({ texts: ["Le sommet, prévu le 15 juin 2026 à Astana, a été annoncé.", "Le 2 mars 2026, le ministre a confirmé la liste des invités."] });
  assert.equal(g.date, "2026-03-02");
});

test("a month abbreviated without its full stop is read before a year only: '14 sept 2022', not 'sept ans'", () => {
  assert.deepEqual(findDates("Nour-Soultan, 14 sept 2022 (AFP) - Le pape").map((m) => m.date), ["2022-09-14"]);
  assert.deepEqual(findDates("3 déc 2024, puis nov 2025").map((m) => m.date), ["2024-12-03", "2025-11"]);
  assert.deepEqual(findDates("Il y a passé sept ans, le 14 sept dernier"), []);
});
