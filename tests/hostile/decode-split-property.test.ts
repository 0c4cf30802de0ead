// Properties of decoding and splitting on arbitrary bytes and text: never throw, never leave controls, never lose a line.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { decodeSeed } from "../../src/ingest/decode.ts";
import { splitLines } from "../../src/ingest/split.ts";

// What decoding must never let through: C0 controls other than tab, LF, CR; DEL; C1 controls; U+FFFE, U+FFFF (not XML).
const FORBIDDEN_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

test("any bytes decode without throwing: either a binary-file error and no text, or text free of control characters", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const d = decodeSeed({ source: "seeds/x.txt", name: "x.txt", bytes });
      if (d.binary) {
        assert.equal(d.text, "");
        assert.equal(d.problems.filter((p) => p.severity === "error").length, 1);
      } else {
        assert.ok(!FORBIDDEN_RE.test(d.text));
        assert.equal(d.text, d.text.normalize("NFC"));
        assert.ok(!d.text.startsWith("\uFEFF"));
      }
      for (const p of d.problems) assert.ok(p.line >= 1 && !/[\r\n]/.test(p.message));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test("any UTF-8 text round-trips through decoding unchanged but for controls and NFC", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
      const d = decodeSeed({ source: "seeds/x.txt", name: "x.txt", bytes: new TextEncoder().encode(text) });
      if (!d.binary) assert.equal(d.text, text.replace(new RegExp(FORBIDDEN_RE.source, "g"), "").replace(/^\uFEFF/, "").normalize("NFC"));
    }),
    { numRuns: 3000, seed: 8 },
  );
});

test("splitting keeps every raw line, numbered 1…n in order, front matter or not", () => {
  const line = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("---", "...", "title: Un titre", "date: 2025-02-30", "tags: 17", "draft: peut-être", "  ", "a: [b"));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 20 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
      const text = lines.join(eol);
      const r = splitLines({ source: "seeds/x.txt", name: "x.txt", encoding: "utf-8", text, problems: [] });
      const all = [...r.frontMatterLines, ...r.lines];
      const expected = text === "" ? [] : text.split(/\r\n|\r|\n/);
      // A final empty line after the last break is not a line of the file.
      if (expected.length > 0 && expected[expected.length - 1] === "" && /[\r\n]$/.test(text)) expected.pop();
      assert.deepEqual(
        all.map((l) => l.text),
        expected,
      );
      assert.deepEqual(
        all.map((l) => l.line),
        expected.map((_, i) => i + 1),
      );
      for (const p of r.problems) assert.ok(p.line >= 1 && p.line <= Math.max(1, expected.length) && !/[\r\n]/.test(p.message), JSON.stringify(p));
    }),
    { numRuns: 3000, seed: 9 },
  );
});
