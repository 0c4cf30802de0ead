// Splitting lines (CRLF, CR, LF) and the editor's front matter: valid fields kept, bad ones reported with their line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitLines, isRealDate } from "../../src/ingest/split.ts";

function split(text: string, source = "seeds/x.txt") {
  return splitLines({ source, name: "x.txt", encoding: "utf-8", text, problems: [] });
}

test("CRLF, lone CR and LF all end a line, and line numbers are those of the raw file", () => {
  for (const eol of ["\r\n", "\r", "\n"]) {
    const r = split(["Titre", "", "Premier paragraphe.", "Second."].join(eol) + eol);
    assert.deepEqual(
      r.lines.map((l) => [l.line, l.text]),
      [
        [1, "Titre"],
        [2, ""],
        [3, "Premier paragraphe."],
        [4, "Second."],
      ],
      JSON.stringify(eol),
    );
  }
});

test("an empty file has no lines; a whitespace-only file keeps its blank lines", () => {
  assert.deepEqual(split("").lines, []);
  assert.deepEqual(
    split("  \n\t\n").lines.map((l) => l.line),
    [1, 2],
  );
});

test("front matter fields are read and the body keeps the raw line numbers", () => {
  const r = split("---\ntitle: Un titre d’éditeur\ndate: 2025-09-23\nlede: Le chapeau.\ntags: [Tokaïev, ONU]\nslug: un-titre\ndraft: false\n---\nLe texte.\n");
  assert.deepEqual(r.frontMatter, { title: "Un titre d’éditeur", date: "2025-09-23", lede: "Le chapeau.", tags: ["Tokaïev", "ONU"], slug: "un-titre", draft: false });
  assert.deepEqual(r.lines, [{ line: 9, text: "Le texte." }]);
  assert.deepEqual(
    r.frontMatterLines.map((l) => l.line),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
  assert.deepEqual(r.problems, []);
});

test("a month-only front matter date is accepted, and a date is never turned into a Date object", () => {
  assert.equal(split("---\ndate: 2023-09\n---\nTexte.").frontMatter.date, "2023-09");
  assert.equal(split("---\ndate: '2025-01-31'\n---\nTexte.").frontMatter.date, "2025-01-31");
});

test("wrong types (date: pas une date, tags: 17) are warnings on their line; the field is ignored, the rest kept", () => {
  const r = split("---\ntitle: Un bon titre\ndate: pas une date\ntags: 17\n---\nLe texte.");
  assert.deepEqual(r.frontMatter, { title: "Un bon titre" });
  assert.deepEqual(
    r.problems.map((p) => [p.line, p.severity]),
    [
      [3, "warning"],
      [4, "warning"],
    ],
  );
  assert.match(r.problems[0].message, /date must be YYYY-MM-DD or YYYY-MM, not text "pas une date": date ignored/);
  assert.match(r.problems[1].message, /tags must be a list of names .* not number 17: tags ignored/);
});

test("a front matter timestamp (2024-11-29T08:30:00+05:00, 2024-11-29 08:30) dates the article by its day as written", () => {
  for (const stamp of ["2024-11-29T08:30:00+05:00", "2024-11-29T08:30:00Z", '"2024-11-29 08:30"']) {
    const r = split(`---\ntitle: Un bon titre\ndate: ${stamp}\n---\nLe texte.`);
    assert.equal(r.frontMatter.date, "2024-11-29", stamp);
    assert.deepEqual(r.problems, [], stamp);
  }
  // Still a real date: the 30th of February is no day at any hour.
  assert.equal(split("---\ndate: 2025-02-30T10:00:00Z\n---\nLe texte.").frontMatter.date, undefined);
});

test("an impossible front matter date (2025-02-30) is a warning naming the date, never March 2nd", () => {
  const r = split("---\ndate: 2025-02-30\n---\nLe texte.");
  assert.equal(r.frontMatter.date, undefined);
  assert.equal(r.problems[0].line, 2);
  assert.match(r.problems[0].message, /2025-02-30 is not a real date/);
});

test("broken YAML is an error on the line YAML reports, and the file must be skipped", () => {
  const r = split("---\ntitle: Bonjour\ndate: [2025-09-23\n---\nLe texte.");
  const errors = r.problems.filter((p) => p.severity === "error");
  assert.equal(errors.length, 1);
  assert.ok(errors[0].line >= 2 && errors[0].line <= 4, `line ${errors[0].line}`);
  assert.match(errors[0].message, /not valid YAML.*file skipped/);
  assert.ok(!errors[0].message.includes("\n"));
});

test("a draft that is not true or false is an error, so that no draft is published by mistake", () => {
  const r = split("---\ndraft: oui\n---\nLe texte.");
  assert.equal(r.problems[0].severity, "error");
  assert.equal(r.problems[0].line, 2);
});

test("unknown fields and duplicate keys are reported", () => {
  assert.match(split("---\ntitle: A\nauteur: Moi\n---\nTexte.").problems[0].message, /unknown front matter field 'auteur'/);
  assert.equal(split("---\ntitle: A\ntitle: B\n---\nTexte.").problems[0].severity, "error");
});

test("a front matter never closed is an error on line 1", () => {
  const r = split("---\ntitle: A\nLe texte sans fermeture.");
  assert.equal(r.problems[0].line, 1);
  assert.equal(r.problems[0].severity, "error");
});

test("a '---' rule at the top of a pasted article is text, not front matter", () => {
  const r = split("---\nLe président a dit : bonjour.\n---\nSuite.");
  assert.deepEqual(r.frontMatter, {});
  assert.equal(r.lines.length, 4);
  assert.deepEqual(r.problems, []);
});

test("a YAML alias bomb in front matter does not hang or explode", () => {
  const bomb = "---\ntitle: A\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nTexte.";
  const t0 = performance.now();
  const r = split(bomb);
  assert.ok(performance.now() - t0 < 1000);
  assert.ok(r.problems.length > 0);
});

test("isRealDate knows leap years and month lengths", () => {
  assert.equal(isRealDate("2024-02-29"), true);
  assert.equal(isRealDate("2025-02-29"), false);
  assert.equal(isRealDate("2025-04-31"), false);
  assert.equal(isRealDate("2025-13"), false);
  assert.equal(isRealDate("2025-00-10"), false);
  assert.equal(isRealDate("2025-12"), true);
});

test("splitting a 200 KB single line and a 4 MB text is fast", () => {
  const line = "mot ".repeat(50_000);
  const t0 = performance.now();
  assert.equal(split(line).lines.length, 1);
  const big = "Une phrase d’article assez ordinaire.\n".repeat(110_000);
  assert.equal(split(big).lines.length, 110_000);
  assert.ok(performance.now() - t0 < 1000);
});

test("a title with ' : ' as French typography writes it is read one field a line, with a warning, not skipped", () => {
  const r = split("---\ntitle: Astana : le sommet de l’OCS\ndate: 2024-07-04\n---\nLe texte.");
  assert.deepEqual(r.frontMatter, { title: "Astana : le sommet de l’OCS", date: "2024-07-04" });
  assert.deepEqual(r.problems.map((p) => [p.line, p.severity]), [[2, "warning"]]);
  assert.match(r.problems[0].message, /not valid YAML.*read as one 'field: value' a line/);
  // Broken YAML of another kind is still an error: an unclosed quote or list.
  for (const broken of ['title: "Astana : le sommet', "date: [2024-07-04", "title: Astana : le sommet\n  suite indentée"]) {
    assert.equal(split(`---\n${broken}\n---\nLe texte.`).problems.filter((p) => p.severity === "error").length, 1, broken);
  }
});

test("a text extractor's header gives its title and date; its tags, the site's keywords, are not the article's", () => {
  const r = split(["---", "title: Caspienne : une convention signée à Aktaou", "author: Aïgerim Seïtkali", "date: 2018-08-13T00:40:00+06:00", "hostname: eurasie-hebdo.fr", "sitename: Eurasie Hebdo", "tags: Caspienne;Kazakhstan;Eurasie Hebdo", "---", "Le texte."].join("\n"));
  assert.deepEqual(r.frontMatter, { title: "Caspienne : une convention signée à Aktaou", date: "2018-08-13" });
  assert.ok(r.problems.every((p) => p.severity === "warning"));
  assert.ok(r.problems.some((p) => p.line === 7 && /site's keywords/.test(p.message)));
  assert.ok(r.problems.some((p) => /author, hostname, sitename ignored/.test(p.message)));
  // An editor's own tags, in a front matter without such fields, are used, a semicolon list too.
  assert.deepEqual(split("---\ntags: Tokaïev; ONU\n---\nLe texte.").frontMatter.tags, ["Tokaïev", "ONU"]);
});

test("an editor's own `source` or `description` does not make the front matter a text extractor's header", () => {
  const r = split("---\ntitle: Visite à Moscou\nsource: AFP\ntags: [Tokaïev, OCS]\n---\nLe texte.");
  assert.deepEqual(r.frontMatter.tags, ["Tokaïev", "OCS"]);
  assert.ok(r.problems.some((p) => p.line === 3 && /unknown front matter field 'source'/.test(p.message)));
});

test("a plain field holding a long run of spaces is read in well under a second", () => {
  const t0 = performance.now();
  const r = split(`---\ntitle: Astana : le sommet${" ".repeat(100_000)}x\ndate: 2024-07-04\n---\nLe texte.`);
  assert.ok(performance.now() - t0 < 2000);
  assert.equal(r.frontMatter.date, "2024-07-04");
});
