// Cutting French article text into sentences for the chronology.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { splitSentences } from "../../src/chronology/sentences.ts";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

test("a period followed by a capital ends a sentence, and each sentence keeps its offset", () => {
  const t = "Le 16 juin 2025, à Astana, Tokaïev a accueilli Xi Jinping. Les deux chefs d’État ont signé 24 accords. Pékin a salué.";
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => x.text), [
    "Le 16 juin 2025, à Astana, Tokaïev a accueilli Xi Jinping.",
    "Les deux chefs d’État ont signé 24 accords.",
    "Pékin a salué.",
  ]);
  for (const x of s) assert.equal(t.slice(x.start, x.start + x.text.length), x.text);
});

test("initials, titles and abbreviated months do not end a sentence", () => {
  assert.deepEqual(texts("Selon Aidarkyzy, A. A. (2025), M. Tokaïev a parlé le 6 nov. 2025 à Washington. Puis il est parti."), [
    "Selon Aidarkyzy, A. A. (2025), M. Tokaïev a parlé le 6 nov. 2025 à Washington.",
    "Puis il est parti.",
  ]);
  assert.deepEqual(texts("Un communiqué sur les relations U.S. Kazakhstan. Fin."), ["Un communiqué sur les relations U.S. Kazakhstan.", "Fin."]);
});

test("punctuation inside « guillemets » stays in the sentence that quotes it", () => {
  assert.deepEqual(texts("Il a déclaré : « Nous avançons. Le monde change ! » Ensuite, il est parti. Fin"), [
    "Il a déclaré : « Nous avançons. Le monde change ! » Ensuite, il est parti.",
    "Fin",
  ]);
});

test("a question or an exclamation ends a sentence, a decimal number does not", () => {
  assert.deepEqual(texts("Le Kazakhstan, géant en devenir ? Oui ! Le PIB croît de 4.8 % par an."), [
    "Le Kazakhstan, géant en devenir ?",
    "Oui !",
    "Le PIB croît de 4.8 % par an.",
  ]);
});

test("splitting never throws and never loses a word", () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "!", "«", "»", "M", "é", "\n", "1") , maxLength: 80 }), (t) => {
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      const s = splitSentences(t);
      assert.deepEqual(s.flatMap((x) => words(x.text)), words(t));
      for (const x of s) assert.equal(t.slice(x.start, x.start + x.text.length), x.text);
    }),
    { numRuns: 500 },
  );
});
