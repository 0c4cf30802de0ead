// Recall on hand-written articles in the style of other French news sites: the people, places and
// organisations an editor would tag are found (fixtures in tests/fixtures/taxonomy/unseen/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { matchEntities, findTag } from "../../src/taxonomy/match.ts";

const dir = new URL("../fixtures/taxonomy/", import.meta.url);
const truth = JSON.parse(readFileSync(new URL("unseen-tags.json", dir), "utf8")).articles as Record<string, Record<"person" | "place" | "org", string[]>>;

/** Title weighs 3, the first paragraph (lede) 2, the rest 1, as the ingest passes them. */
function tagsOf(file: string) {
  const lines = readFileSync(new URL(`unseen/${file}`, dir), "utf8").split("\n").filter((l) => l.trim());
  return matchEntities(lines.map((text, i) => ({ text, weight: i === 0 ? 3 : i === 1 ? 2 : 1 })));
}

test("every expected tag of the unseen articles names a vocabulary entry of the right kind", () => {
  for (const [file, kinds] of Object.entries(truth)) {
    for (const [kind, names] of Object.entries(kinds)) for (const n of names) assert.equal(findTag(n)?.kind, kind, `${file}: ${n}`);
  }
});

test("recall of people, places and organisations on unseen articles is at least 95 %", () => {
  let found = 0;
  let expected = 0;
  const missing: string[] = [];
  for (const [file, kinds] of Object.entries(truth)) {
    const urls = new Set(tagsOf(file).map((t) => t.url));
    for (const names of Object.values(kinds)) {
      for (const n of names) {
        expected++;
        if (urls.has(findTag(n)!.url)) found++;
        else missing.push(`${file}: ${n}`);
      }
    }
  }
  assert.ok(expected >= 100, "the fixture set is too small to measure recall");
  assert.ok(found / expected >= 0.95, `recall ${found}/${expected}; missing ${missing.join("; ")}`);
});

test("unseen articles written with other spellings (Mirzioïev, Achkhabad, Araghtchi, Berdymoukhamedov) still get the canonical tags", () => {
  const names = (f: string) => tagsOf(f).map((t) => t.name);
  assert.ok(names("ouzbekistan-paris.txt").includes("Chavkat Mirziyoïev"));
  assert.ok(names("caspienne-achkhabad.txt").includes("Achgabat"));
  assert.ok(names("iran-aiea.txt").includes("Abbas Araghchi"));
  const caspian = names("caspienne-achkhabad.txt");
  assert.ok(caspian.includes("Serdar Berdimuhamedov") && !caspian.includes("Gurbanguly Berdimuhamedov"), "the bare surname follows the full name");
});
