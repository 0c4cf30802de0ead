// The vocabulary file: broad coverage, one slug per entry within a kind, and loud failures on ambiguity.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadVocabulary, parseVocabulary, VocabularyError, inflectDemonym } from "../../src/taxonomy/vocabulary.ts";
import { findTag, aliasesOf, EntityMatcher } from "../../src/taxonomy/match.ts";

const vocabulary = loadVocabulary();

test("every entry has an ASCII slug that is unique within its kind, and a French URL", () => {
  const seen = new Set<string>();
  const folders = { person: "personnes", place: "lieux", org: "organisations", theme: "themes" };
  for (const e of vocabulary.entries) {
    assert.match(e.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.name);
    assert.equal(e.url, `/${folders[e.kind]}/${e.slug}/`);
    const key = `${e.kind}/${e.slug}`;
    assert.ok(!seen.has(key), `two ${e.kind} entries share ${e.slug}`);
    seen.add(key);
  }
});

test("every country of the world is there under its French name", () => {
  const countries = vocabulary.entries.filter((e) => e.iso);
  assert.ok(countries.length >= 245, `only ${countries.length} countries`);
  for (const [iso, name] of [["KZ", "Kazakhstan"], ["US", "États-Unis"], ["DE", "Allemagne"], ["CI", "Côte d’Ivoire"], ["BR", "Brésil"], ["NZ", "Nouvelle-Zélande"]]) {
    assert.equal(countries.find((e) => e.iso === iso)?.name, name);
  }
});

test("the press's spellings, English names and Cyrillic originals resolve to one tag", () => {
  const groups: string[][] = [
    ["Kassym-Jomart Tokaïev", "Tokaïev", "Tokayev", "Tokaev", "TOKAIEV", "Токаев", "Тоқаев"],
    ["Gurbanguly Berdimuhamedov", "Gurbanguly Berdymoukhamedov", "Gourbangouly Berdimoukhamedov"],
    ["Vladimir Poutine", "Poutine", "Putin", "Путин"],
    ["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Зеленський"],
    ["Pékin", "Beijing", "Peking", "pekin"],
    ["Achgabat", "Ashgabat", "Achkhabad", "Ашхабад"],
    ["Astana", "Noursoultan", "Nur-Sultan", "Астана"],
    ["ONU", "Nations unies", "Organisation des Nations unies", "Nations Unies", "UN", "United Nations"],
    ["OCS", "Organisation de coopération de Shanghai", "SCO", "ШОС"],
    ["États-Unis", "Etats-Unis", "USA", "United States"],
    ["Russie", "Fédération de Russie", "Russia", "Россия"],
    ["Kazakhstan", "Қазақстан", "Казахстан", "Qazaqstan"],
    ["mer d’Aral", "mer d'Aral", "Aral Sea"],
    ["Union européenne", "UE", "European Union"],
    ["Organisation des États turciques", "Organization of Turkic States"],
    ["accords d’Abraham", "Abraham Accords"],
  ];
  for (const [canonical, ...aliases] of groups) {
    const tag = findTag(canonical);
    assert.ok(tag, `${canonical} is not in the vocabulary`);
    for (const a of aliases) assert.deepEqual(findTag(a), tag, `${a} should resolve to ${canonical}`);
  }
});

test("aliasesOf gives the search index every spelling of a tag, Cyrillic and English included", () => {
  const has = (name: string, spellings: string[]) => {
    const all = aliasesOf(findTag(name)!);
    assert.equal(all[0], findTag(name)!.name, "the canonical name comes first");
    for (const s of spellings) assert.ok(all.includes(s), `aliasesOf(${name}) lacks ${s}`);
  };
  has("Kassym-Jomart Tokaïev", ["Tokayev", "Tokaev", "Токаев", "Тоқаев"]);
  has("Vladimir Poutine", ["Putin", "Путин"]);
  has("Pékin", ["Beijing", "Peking"]);
  has("Achgabat", ["Ashgabat", "Achkhabad"]);
  has("ONU", ["Nations unies", "Organisation des Nations unies", "UN"]);
  has("OCS", ["Organisation de coopération de Shanghai", "SCO"]);
  assert.deepEqual(aliasesOf({ kind: "person", name: "X", slug: "nobody-here", url: "/personnes/nobody-here/" }), []);
});

test("the field is covered beyond the seeds: Central Asian leaders, great powers, the UN system and regional bodies", () => {
  const required: [string, string][] = [
    ["Chavkat Mirziyoïev", "person"], ["Sadyr Japarov", "person"], ["Emomali Rahmon", "person"], ["Serdar Berdimuhamedov", "person"],
    ["Sergueï Lavrov", "person"], ["Wang Yi", "person"], ["Marco Rubio", "person"], ["Emmanuel Macron", "person"], ["Recep Tayyip Erdoğan", "person"],
    ["Massoud Pezeshkian", "person"], ["Narendra Modi", "person"], ["Shehbaz Sharif", "person"], ["Mohammed ben Salmane", "person"],
    ["Benyamin Netanyahou", "person"], ["Ursula von der Leyen", "person"], ["António Guterres", "person"],
    ["Conseil de sécurité", "org"], ["Assemblée générale", "org"], ["PNUD", "org"], ["HCR", "org"], ["UNESCO", "org"], ["AIEA", "org"], ["OMS", "org"],
    ["OTSC", "org"], ["UEE", "org"], ["CEI", "org"], ["OSCE", "org"], ["CICA", "org"], ["BRICS", "org"], ["OTAN", "org"], ["C5+1", "org"],
    ["mer Caspienne", "place"], ["Asie centrale", "place"], ["Caucase", "place"], ["Tachkent", "place"], ["Bichkek", "place"], ["Douchanbé", "place"],
    ["neutralité", "theme"], ["diplomatie multivectorielle", "theme"], ["non-prolifération nucléaire", "theme"], ["droits humains", "theme"],
    ["énergie", "theme"], ["connectivité", "theme"], ["réforme constitutionnelle", "theme"], ["guerre en Ukraine", "theme"],
  ];
  for (const [name, kind] of required) assert.equal(findTag(name)?.kind, kind, name);
});

test("findTag accepts any case, accents or a slug, and returns null for a name it does not know", () => {
  assert.equal(findTag("kassym-jomart-tokaiev")?.name, "Kassym-Jomart Tokaïev");
  assert.equal(findTag("  TOKAÏEV ")?.name, "Kassym-Jomart Tokaïev");
  assert.equal(findTag("Personne Inconnue"), null);
  assert.equal(findTag(""), null);
});

test("two entries of one kind whose names give the same slug stop the loader, naming both lines", () => {
  const yaml = "person:\n  - name: Kassym-Jomart Tokaïev\n    aliases: [Tokayev]\n  - name: Kassym-Jomart Tokaiev\n";
  assert.throws(() => parseVocabulary(yaml, "v.yaml"), (e: unknown) => {
    assert.ok(e instanceof VocabularyError);
    assert.match(e.message, /^v\.yaml:\d+: error: /m);
    assert.match(e.message, /share the slug \/personnes\/kassym-jomart-tokaiev\//);
    assert.match(e.message, /line 2/);
    return true;
  });
});

test("the same slug in two different kinds is allowed (a city and a person may share a name)", () => {
  const v = parseVocabulary("person:\n  - name: Washington\nplace:\n  - name: Washington DC\n", "v.yaml");
  assert.ok(v.entries.some((e) => e.kind === "person" && e.slug === "washington"));
});

test("an alias naming two entries stops the loader unless both list it as shared", () => {
  assert.throws(() => parseVocabulary("person:\n  - name: Ilham Aliyev\n    aliases: [Aliyev]\n  - name: Heydar Aliyev\n    aliases: [Aliyev]\n", "v.yaml"), /v\.yaml:\d+: error: the spelling "aliyev" names/);
  const ok = parseVocabulary("person:\n  - name: Ilham Aliyev\n    shared: [Aliyev]\n  - name: Heydar Aliyev\n    shared: [Aliyev]\n", "v.yaml");
  assert.equal(ok.entries.filter((e) => e.shared.includes("Aliyev")).length, 2);
});

test("an unknown parent, an unknown field, a bad kind or broken YAML are reported with their line", () => {
  assert.throws(() => parseVocabulary("org:\n  - name: PNUD\n    parent: ONU\n", "v.yaml"), /v\.yaml:2: error: parent "ONU"/);
  assert.throws(() => parseVocabulary("org:\n  - name: PNUD\n    alias: [UNDP]\n", "v.yaml"), /v\.yaml:2: error: unknown field "alias"/);
  assert.throws(() => parseVocabulary("people:\n  - name: X\n", "v.yaml"), /v\.yaml:1: error: unknown kind "people"/);
  assert.throws(() => parseVocabulary("person:\n  - name: [unclosed\n", "v.yaml"), /v\.yaml:\d+: error: /);
  assert.throws(() => parseVocabulary("place:\n  - iso: ZZ\n", "v.yaml"), /v\.yaml:2: error: "iso: ZZ"/);
});

test("a demonym given in the masculine singular gets its feminine and plural forms", () => {
  assert.deepEqual(inflectDemonym("kazakh").sort(), ["kazakh", "kazakhe", "kazakhes", "kazakhs"]);
  assert.deepEqual(inflectDemonym("kazakhstanais").sort(), ["kazakhstanais", "kazakhstanaise", "kazakhstanaises"]);
  assert.deepEqual(inflectDemonym("ukrainien").sort(), ["ukrainien", "ukrainienne", "ukrainiennes", "ukrainiens"]);
  assert.deepEqual(inflectDemonym("turkmène").sort(), ["turkmène", "turkmènes"]);
});

test("an editor adds a person in two lines and the matcher finds every spelling of them", () => {
  const yaml = "person:\n  - name: Zhanibek Tursynbayev\n    aliases: [Tursynbayev, Tursynbaïev, Турсынбаев]\n";
  const matcher = new EntityMatcher(parseVocabulary(yaml, "v.yaml"));
  for (const text of ["M. Tursynbaïev est arrivé.", "Турсынбаев сказал.", "Zhanibek Tursynbayev à Astana."]) {
    assert.deepEqual(matcher.match([{ text, weight: 1 }]).map((t) => t.url), ["/personnes/zhanibek-tursynbayev/"], text);
  }
});
