// French typography must stay linear on hostile text: long runs of spaces, guillemets and colons from scraped pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { typesetFrench, typesetHeading } from "../../src/site/typography.ts";

const N = 200 * 1024;
const SHAPES: Record<string, string> = {
  "a run of spaces": "Début" + " ".repeat(N) + "fin.",
  "a run of no-break spaces": "Début" + "\u00a0".repeat(N) + "fin.",
  "mixed spaces": "Début" + " \u00a0\u202f".repeat(N / 3) + "fin.",
  "spaces then a colon far away": "a" + " ".repeat(N) + "b :",
  "guillemets": "« ".repeat(N / 2),
  "closing guillemets after spaces": (" ".repeat(1000) + "x»").repeat(N / 1002),
  "question marks": "devenir ?".repeat(N / 9),
  "apostrophes": "l'".repeat(N / 2),
};

test("typesetting 200 KB of pathological text takes well under a second per shape", (t) => {
  for (const [name, text] of Object.entries(SHAPES)) {
    const t0 = performance.now();
    const out = typesetHeading(typesetFrench(text));
    const ms = performance.now() - t0;
    t.diagnostic(`${name}: ${Math.round(ms)} ms`);
    // A quadratic pass over 200 KB of spaces takes minutes; linear work takes milliseconds even on a busy machine.
    assert.ok(ms < 2000, `${name}: ${Math.round(ms)} ms`);
    assert.ok(out.replace(/[\s\u00a0\u202f’']/g, "").length === text.replace(/[\s\u00a0\u202f’']/g, "").length, `${name}: letters changed`);
  }
});

test("the spacing rules still apply around long runs: spaces before ; ! ? : and inside « » become no-break spaces", () => {
  assert.equal(typesetFrench("demain" + " ".repeat(50) + "?"), "demain\u202f?");
  assert.equal(typesetFrench("déclarant" + " ".repeat(50) + ": oui"), "déclarant\u00a0: oui");
  assert.equal(typesetFrench("«" + " ".repeat(50) + "Oui" + " ".repeat(50) + "»"), "«\u202fOui\u202f»");
});
