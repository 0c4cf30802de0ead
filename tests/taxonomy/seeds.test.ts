// The five seeds, ingested for real, carry the editor's tags of seeds-truth.json and none of the forbidden ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ingestFolder } from "../../src/ingest/index.ts";
import { findTag, matchEntities } from "../../src/taxonomy/match.ts";
import type { Article, Tag } from "../../src/ingest/types.ts";

interface TruthArticle {
  tags: Record<"person" | "place" | "org" | "theme", string[]>;
  forbidden_tags: string[];
}
const truth = JSON.parse(readFileSync(new URL("../fixtures/seeds-truth.json", import.meta.url), "utf8")) as { articles: Record<string, TruthArticle> };
const result = await ingestFolder("seeds");
const bySource = new Map(result.articles.map((a) => [a.source.split("/").pop()!, a]));

/** `ONU (Nations unies, Organisation des Nations unies)` → ["ONU", "Nations unies", "Organisation des Nations unies"]. */
function spellings(entry: string): string[] {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(entry);
  return m ? [m[1], ...m[2].split(",").map((s) => s.trim())] : [entry];
}

function resolve(entry: string, kind: string): Tag {
  const [name, ...aliases] = spellings(entry);
  const tag = findTag(name);
  assert.ok(tag, `"${name}" is not in the vocabulary`);
  assert.equal(tag.kind, kind, `"${name}" should be a ${kind}`);
  for (const a of aliases) assert.deepEqual(findTag(a), tag, `"${a}" must resolve to the same tag as "${name}"`);
  return tag;
}

for (const [file, expected] of Object.entries(truth.articles)) {
  test(`${file} carries every person, place, organisation and theme of the truth file`, () => {
    const article = bySource.get(file) as Article;
    assert.ok(article, `${file} was not ingested`);
    const urls = new Set(article.tags.map((t) => t.url));
    for (const kind of ["person", "place", "org", "theme"] as const) {
      for (const entry of expected.tags[kind]) {
        const tag = resolve(entry, kind);
        assert.ok(urls.has(tag.url), `${file} lacks ${kind} "${tag.name}"; it has ${article.tags.map((t) => t.name).join(", ")}`);
      }
    }
  });

  test(`${file} carries none of the forbidden tags, and each tag once`, () => {
    const article = bySource.get(file) as Article;
    for (const name of expected.forbidden_tags) {
      // A name outside the vocabulary (Tennessee) can only come back as a tag of the same name.
      const tag = findTag(name);
      assert.ok(!article.tags.some((t) => t.url === tag?.url || t.name === name), `${file} must not be tagged "${name}"`);
    }
    assert.equal(new Set(article.tags.map((t) => t.url)).size, article.tags.length);
  });
}

test("004 writes both Tokayev and Tokaïev: one person tag, not two", () => {
  const article = bySource.get("004_59a7decd111426f4.txt")!;
  const raw = readFileSync("seeds/004_59a7decd111426f4.txt", "utf8");
  assert.ok(raw.includes("Tokayev") && raw.includes("Tokaïev"), "the seed still has both spellings");
  const people = article.tags.filter((t) => t.kind === "person" && /tok/i.test(t.slug));
  assert.deepEqual(people.map((t) => t.slug), ["kassym-jomart-tokaiev"]);
});

test("002's furniture, if it reached the matcher, would bring the forbidden tags: the ingest must keep it out", () => {
  const raw = readFileSync("seeds/002_30f25b5be62d5f48.txt", "utf8").split(/\r?\n/);
  const furniture = matchEntities(raw.slice(26).map((text) => ({ text, weight: 1 }))).map((t) => t.name);
  for (const name of ["Côte d’Ivoire", "Israël", "Liban", "Hezbollah"]) assert.ok(furniture.includes(name), `${name} from ${furniture.join(", ")}`);
});

test("every tag of the five seeds has a unique ASCII slug within its kind", () => {
  const byUrl = new Map<string, string>();
  for (const a of result.articles) {
    for (const t of a.tags) {
      assert.match(t.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const other = byUrl.get(t.url);
      assert.ok(!other || other === t.name, `${t.url} is both "${other}" and "${t.name}"`);
      byUrl.set(t.url, t.name);
    }
  }
});
