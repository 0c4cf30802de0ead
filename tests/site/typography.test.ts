// French typography for readers: the right no-break spaces, curly apostrophes, no widows, and nothing else changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { typesetFrench, typesetHeading, preventWidow, NBSP, NNBSP } from "../../src/site/typography.ts";
import { shortenText } from "../../src/site/plugin.ts";

test("a narrow no-break space replaces the space before ; ! ? and is added when the mark is glued to the word", () => {
  assert.equal(typesetFrench("demain ; puis ? enfin !"), `demain${NNBSP}; puis${NNBSP}? enfin${NNBSP}!`);
  assert.equal(typesetFrench("géant en devenir?"), `géant en devenir${NNBSP}?`);
  assert.equal(typesetFrench("Vraiment?!"), `Vraiment${NNBSP}?!`);
});

test("guillemets get narrow no-break spaces inside, whether or not the text had spaces", () => {
  assert.equal(typesetFrench("la résolution « Coopération internationale »"), `la résolution «${NNBSP}Coopération internationale${NNBSP}»`);
  assert.equal(typesetFrench("«puissances moyennes»"), `«${NNBSP}puissances moyennes${NNBSP}»`);
});

test("a no-break space comes before a colon, but times and web addresses keep theirs untouched", () => {
  assert.equal(typesetFrench("en déclarant :"), `en déclarant${NBSP}:`);
  assert.equal(typesetFrench("tels que: i)"), `tels que${NBSP}: i)`);
  assert.equal(typesetFrench("à 12:30"), "à 12:30");
  assert.equal(typesetFrench("voir https://www.un.org/fr/ga/80/?q=a;b!c puis"), "voir https://www.un.org/fr/ga/80/?q=a;b!c puis");
});

test("straight apostrophes inside words become ’ and 1er, 80ᵉ and the rest of the text are kept", () => {
  assert.equal(typesetFrench("l'ONU aujourd'hui"), "l’ONU aujourd’hui");
  assert.equal(typesetFrench("le 1er septembre, la 80ᵉ session"), "le 1er septembre, la 80ᵉ session");
  assert.equal(typesetFrench("efforts dimplomatiques"), "efforts dimplomatiques");
});

test("a heading's last two words are bound by a no-break space", () => {
  assert.equal(preventWidow("Un partenariat stratégique en Asie centrale"), `Un partenariat stratégique en Asie${NBSP}centrale`);
  assert.equal(preventWidow("Seul"), "Seul");
  assert.equal(typesetHeading("Kazakhstan, puissance moyenne ?"), `Kazakhstan, puissance${NBSP}moyenne${NNBSP}?`);
});

test("typography only ever changes spaces and apostrophes: the letters of any text survive in order", () => {
  const strip = (s: string) => s.replace(/[\s\u00A0\u202F'’]/g, "");
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", "é", " ", ";", ":", "!", "?", "«", "»", "'", "1", "/", "h", "t", "p", "s", ".") }), (s) => {
      assert.equal(strip(typesetFrench(s)), strip(s));
      assert.equal(strip(typesetHeading(s)), strip(s));
    }),
  );
});

/** Every rule applied to every text, in order, as typesetFrench did before it skipped the rules a text cannot trigger. */
function typesetAllRules(text: string): string {
  const plain = (t: string) =>
    t
      .replace(/(?<=\p{L})'(?=\p{L})/gu, "’")
      .replace(/«[ \u00A0\u202F]*/gu, `«${NNBSP}`)
      .replace(/(?<![ \u00A0\u202F])[ \u00A0\u202F]*»/gu, `${NNBSP}»`)
      .replace(/(?<![ \u00A0\u202F])[ \u00A0\u202F]+([;!?])/gu, `${NNBSP}$1`)
      .replace(/(?<=[\p{L}\p{N}»)\]])([;!?])(?=\s|$|[»)\]!?…])/gu, `${NNBSP}$1`)
      .replace(/(?<![ \u00A0\u202F])[ \u00A0\u202F]+:/gu, `${NBSP}:`)
      .replace(/(?<=\p{L})(:)(?=\s|$)/gu, `${NBSP}$1`);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/\b(?:https?|ftp|mailto):[^\s<>"«»]+|\bwww\.[^\s<>"«»]+/giu)) {
    out += plain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + plain(text.slice(last));
}

test("typesetting gives the same text as applying every rule, whichever marks, spaces and addresses the text holds", () => {
  const piece = fc.constantFrom("a", "é", " ", "\u00A0", "\u202F", "'", "«", "»", ";", "!", "?", ":", "…", ")", "1", "l'ONU", "https://un.org/a?b=1", "WWW.x.kz", "mailto:a@b", "12:30", "\n", "𝐀", "\uDC00", "\uD835", "HTTP://X.KZ", "ſ", "http");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      assert.equal(typesetFrench(text), typesetAllRules(text));
    }),
    { numRuns: 3000 },
  );
  for (const text of ["Le Kazakhstan, puissance moyenne", "déclarant : « oui » ; puis www.akorda.kz", "aujourd'hui?"]) assert.equal(typesetFrench(text), typesetAllRules(text));
});

test("a meta description keeps a short lede whole and cuts a long one at a word, with an ellipsis, in at most 160 characters", () => {
  assert.equal(shortenText("Le président a reçu son homologue."), "Le président a reçu son homologue.");
  const long = "Le 7 mars 2020, à New Delhi, Chavkat Mirziyoïev a évoqué le rôle des BRICS. Le rôle du Kazakhstan en Asie centrale est vraiment important, étant donné qu’il est la première puissance de la région.";
  const cut = shortenText(long);
  assert.ok(cut.length <= 160, `${cut.length}`);
  assert.equal(cut, "Le 7 mars 2020, à New Delhi, Chavkat Mirziyoïev a évoqué le rôle des BRICS. Le rôle du Kazakhstan en Asie centrale est vraiment important, étant donné qu’il…");
  assert.equal(shortenText("mot, ".repeat(40)).endsWith("mot…"), true);
  assert.equal(shortenText("😀".repeat(100)).length <= 160, true);
  assert.doesNotMatch(shortenText("😀".repeat(100)), /[\uD800-\uDBFF]…$/);
  assert.equal(shortenText(null), "");
});
