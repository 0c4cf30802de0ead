// Decodes a seed's bytes to NFC text: BOM, then valid UTF-8, then Windows-1252; strips NULs and controls; refuses binary files.
import iconv from "iconv-lite";
import { decodeHTMLStrict } from "entities";
import type { DecodedSeed, Problem, RawSeed } from "./types.ts";

/** A decoded seed, or the reason it cannot be read as text. */
export type DecodeResult = DecodedSeed & { binary: boolean };

// Magic numbers of common binary files an editor might drop by mistake: PDF, ZIP/DOCX/ODT, PNG, GIF, JPEG, old Word (OLE), gzip, WebP/RIFF.
const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x1f, 0x8b],
  [0x52, 0x49, 0x46, 0x46],
];

// Control characters that have no place in article text: C0 except tab, LF, CR; DEL; C1 (U+0080–U+009F).
// Form feed and vertical tab are included: they are layout debris from word processors, and invalid in XML (the Atom feed),
// as are the noncharacters U+FFFE and U+FFFF.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

// An HTML character reference left by a scraper: "l&#8217;ONU", "&amp;", "&nbsp;", "&eacute;" (with its semicolon).
const ENTITY_RE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
// What a reference may not decode to: a line break or a control character would change the article’s lines, and
// U+FFFD is what an invalid reference (&#0;) decodes to.
const UNSAFE_DECODED_RE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFFFD\uFFFE\uFFFF]/;

/**
 * Decodes the HTML character references in `text` (HTML5's named ones and numeric ones, semicolon required), except those
 * that stand for a control character or a line break, and the offsets where one was decoded.
 */
export function decodeEntities(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  if (!text.includes("&")) return { text, at };
  let shift = 0;
  const out = text.replace(ENTITY_RE, (ref: string, offset: number) => {
    const decoded = decodeHTMLStrict(ref);
    if (decoded === ref || decoded === "" || UNSAFE_DECODED_RE.test(decoded)) return ref;
    at.push(offset - shift);
    shift += ref.length - decoded.length;
    return decoded;
  });
  return { text: out, at };
}

/**
 * Applies `fix` to each of `lines` (the lines of `text`, maybe already mended): the text they make and the offsets of
 * the lines it changed, or `text` itself when it changed none.
 */
function fixEachLine(text: string, lines: string[], fix: (line: string) => string): { text: string; at: number[] } {
  const at: number[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = fix(lines[i]);
    if (line !== lines[i]) {
      lines[i] = line;
      at.push(offset);
    }
    offset += line.length + 1;
  }
  return { text: at.length > 0 ? lines.join("\n") : text, at };
}

// An e-mail's body left in quoted-printable: a UTF-8 character as its bytes, "=C3=A9" for "é", "=E2=80=99" for "’".
const QP_CHAR_RE = /=(?:[CD][0-9A-F]=[89AB][0-9A-F]|E[0-9A-F](?:=[89AB][0-9A-F]){2}|F[0-4](?:=[89AB][0-9A-F]){3})/g;
// Characters so written, at least, for a text to be read as quoted-printable.
const QP_MIN_CHARS = 3;
// A run of bytes so written: "=C3=A9", "=20", "=3D".
const QP_RUN_RE = /(?:=[0-9A-F]{2})+/g;

/**
 * Decodes an e-mail's body left in quoted-printable, line by line: each run of "=XX" bytes that reads as UTF-8 becomes
 * its characters ("f=C3=A9vrier" → "février", "--=20" → "-- "); a soft line break, "=" closing a line, stays for the
 * unwrapping to mend (see unwrap.ts). Only a text holding several such characters is so read. Returns the text and the
 * offsets of the lines decoded.
 */
export function decodeQuotedPrintable(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  if (!text.includes("=")) return { text, at };
  // (Several, and more than the letters the text writes out: a page explaining "=C3=A9" writes its own accents.)
  const encoded = (text.match(QP_CHAR_RE) ?? []).length;
  if (encoded < QP_MIN_CHARS || encoded < 2 * (text.match(/[^\x00-\x7F]/gu) ?? []).length) return { text, at };
  const lines = text.split("\n");
  // A character's bytes cut by a soft line break, "=C3=" / "=AAtre", are brought together before its break: "=C3=AA=" /
  // "tre".
  for (let i = 0; i + 1 < lines.length; i++) {
    const cut = /(=[0-9A-F]{2})+=$/u.exec(lines[i]);
    const rest = cut ? /^(?:=[89AB][0-9A-F])+/u.exec(lines[i + 1]) : null;
    if (!cut || !rest) continue;
    lines[i] = `${lines[i].slice(0, -1)}${rest[0]}=`;
    lines[i + 1] = lines[i + 1].slice(rest[0].length);
  }
  return fixEachLine(text, lines, (line) =>
    line.replace(QP_RUN_RE, (run: string) => {
      const bytes = Uint8Array.from(run.slice(1).split("=").map((h) => parseInt(h, 16)));
      const decoded = tryUtf8(bytes);
      return decoded === null || UNSAFE_DECODED_RE.test(decoded) ? run : decoded;
    }),
  );
}

/**
 * The byte each character stands for when UTF-8 was read as Windows-1252 (or Latin-1) by mistake: its Windows-1252
 * byte, and the C1 controls (U+0080–U+009F) for the bytes a Latin-1 reading or a lenient Windows-1252 one leaves as
 * they are (0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in Windows-1252).
 */
const MISREAD_BYTE: Map<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0x9f; b++) map.set(String.fromCharCode(b), b);
  for (let b = 0x80; b <= 0xff; b++) {
    const c = iconv.decode(Buffer.from([b]), "windows-1252");
    if (c !== "\uFFFD") map.set(c, b);
  }
  return map;
})();

/**
 * Where mojibake may be: the character of a UTF-8 lead byte (Ã, Â, â, ð…) then that of a continuation byte (©, €, ™…),
 * as "Ã©" stands for "é" and "â€™" for "’". Only a test for where to try: the repair itself decides.
 */
const MOJIBAKE_HINT_RE = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;
/** Times a line is read back: text misread twice ("Ãƒâ©") takes two. */
const MOJIBAKE_ROUNDS = 3;

/** `line` read back as the UTF-8 it was misread from, or null when it is not wholly such a misreading. */
function unmisread(line: string): string | null {
  const bytes: number[] = [];
  for (const c of line) {
    const code = c.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const b = MISREAD_BYTE.get(c);
      if (b === undefined) return null;
      bytes.push(b);
    }
  }
  return tryUtf8(Uint8Array.from(bytes));
}

/**
 * Repairs mojibake line by line: a line whose every non-ASCII character is one byte of a UTF-8 sequence read as
 * Windows-1252 ("lâ€™Ã©tÃ©") is read back as UTF-8 ("l’été"). A French line with a real accent is never such a
 * sequence throughout (é then t is no UTF-8), so it stays as it is, as does a line mixing both. Returns the text and the
 * offsets of the lines repaired.
 */
export function repairMojibake(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  if (!MOJIBAKE_HINT_RE.test(text)) return { text, at };
  return fixEachLine(text, text.split("\n"), (line) => {
    for (let round = 0; round < MOJIBAKE_ROUNDS && MOJIBAKE_HINT_RE.test(line); round++) {
      const repaired = unmisread(line);
      if (repaired === null || repaired === line) break;
      line = repaired;
    }
    return line;
  });
}

/** Above this share of control characters (and at least BINARY_MIN_CONTROLS of them) a file is binary, not text. */
const BINARY_CONTROL_RATIO = 0.01;
const BINARY_MIN_CONTROLS = 8;
/** At most this many per-line warnings of one kind; the rest are summed up in one line. */
const MAX_LINE_WARNINGS = 5;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Guesses UTF-16 without a BOM: ASCII-heavy text then has a NUL in every other byte.
 * Returns the endianness or null.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes a file that is not valid UTF-8. When some lines are valid UTF-8 with accents (a file pasted from two sources),
 * those lines stay UTF-8 and only the others are read as Windows-1252, so neither half turns to mojibake.
 */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string; mixedLines: number[] } {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      chunks.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  chunks.push(bytes.subarray(start));
  const utf8Lines = chunks.map((c) => (c.some((b) => b >= 0x80) ? tryUtf8(c) : null));
  const anyUtf8 = utf8Lines.some((t) => t !== null);
  if (!anyUtf8) return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252", mixedLines: [] };
  const mixedLines: number[] = [];
  let text = "";
  // Line numbers here count LF only; a file mixing encodings and lone CRs is too rare to number perfectly.
  chunks.forEach((c, i) => {
    const u = c.some((b) => b >= 0x80) ? utf8Lines[i] : null;
    if (u !== null) text += u;
    else if (c.some((b) => b >= 0x80)) {
      mixedLines.push(i + 1);
      text += iconv.decode(Buffer.from(c), "windows-1252");
    } else text += iconv.decode(Buffer.from(c), "latin1");
  });
  return { text, encoding: "utf-8+windows-1252", mixedLines };
}

/** 1-based line number of each offset in `text`, counting CRLF, CR and LF as one break. */
function lineAt(text: string, offsets: number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let j = 0;
  for (let i = 0; i < text.length && j < offsets.length; i++) {
    while (j < offsets.length && offsets[j] === i) {
      out.push(line);
      j++;
    }
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  while (j++ < offsets.length) out.push(line);
  return out;
}

/** Pushes one warning per line (at most MAX_LINE_WARNINGS, then a summary). */
function warnLines(problems: Problem[], source: string, lines: number[], message: (n: number) => string, summary: (k: number) => string): void {
  const unique = [...new Set(lines)];
  for (const n of unique.slice(0, MAX_LINE_WARNINGS)) problems.push({ source, line: n, severity: "warning", message: message(n) });
  if (unique.length > MAX_LINE_WARNINGS) {
    problems.push({ source, line: unique[MAX_LINE_WARNINGS], severity: "warning", message: summary(unique.length - MAX_LINE_WARNINGS) });
  }
}

/**
 * Decodes the raw bytes of a seed. Rule, in order: a BOM (UTF-8, UTF-16 LE/BE) decides; else valid UTF-8 is UTF-8;
 * else UTF-16 without BOM if every other byte is NUL; else Windows-1252 (a superset of Latin-1's printable characters).
 * Charset detectors are not used: on short French texts they guess Windows-1250 or Shift_JIS (`l’été`).
 * NUL and other control characters are removed with a warning naming the line; a binary file gives `binary: true`
 * and an error, with empty text.
 */
export function decodeSeed(raw: RawSeed): DecodeResult {
  const { source, name } = raw;
  const bytes = raw.bytes;
  const problems: Problem[] = [];
  const binary = (why: string): DecodeResult => {
    problems.push({ source, line: 1, severity: "error", message: `binary file (${why}), not text: save the article as plain text (.txt, UTF-8) or remove it from the seed folder` });
    return { source, name, encoding: "binary", text: "", problems, binary: true };
  };
  const magic = BINARY_MAGIC.find((m) => startsWith(bytes, m));
  if (magic) return binary("it starts like a PDF, archive, image or word-processor file");

  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    const u16 = sniffUtf16(bytes);
    const utf8 = u16 ? null : tryUtf8(bytes);
    if (u16) {
      encoding = u16;
      text = new TextDecoder(u16).decode(bytes);
      problems.push({ source, line: 1, severity: "warning", message: `read as ${u16.toUpperCase()} without a byte order mark: save the file as UTF-8 to be sure` });
    } else if (utf8 !== null) {
      encoding = "utf-8";
      text = utf8;
    } else {
      const legacy = decodeLegacy(bytes);
      encoding = legacy.encoding;
      text = legacy.text;
      warnLines(
        problems,
        source,
        legacy.mixedLines,
        () => "this line is not valid UTF-8 while the rest of the file is: read as Windows-1252, check its accents and save the file as UTF-8",
        (k) => `${k} more lines are not valid UTF-8 and were read as Windows-1252: save the file as UTF-8`,
      );
    }
  }

  /** Takes a repair of the text ({ text, offsets of what it changed }) and warns on each line it changed. */
  const repaired = (fix: { text: string; at: number[] }, message: string, summary: (k: number) => string) => {
    if (fix.at.length === 0) return;
    text = fix.text;
    warnLines(problems, source, lineAt(text, fix.at), () => message, summary);
  };
  // Text once decoded in the wrong encoding then saved as UTF-8 ("Ã©" for "é"): the reader wants it read back.
  repaired(
    repairMojibake(text),
    "mojibake repaired on this line (\"Ã©\" read back as \"é\"): the text had been decoded in the wrong encoding, check it",
    (k) => `mojibake repaired on ${k} more lines`,
  );
  // Binary junk decodes to text full of control characters; real articles have almost none.
  const controls: number[] = [];
  CONTROL_RE.lastIndex = 0;
  for (let m = CONTROL_RE.exec(text); m; m = CONTROL_RE.exec(text)) controls.push(m.index);
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  const bad = controls.length + replacement;
  if (bad >= BINARY_MIN_CONTROLS && bad > text.length * BINARY_CONTROL_RATIO) {
    return binary(`${bad} control or undecodable characters in ${text.length}`);
  }
  if (controls.length > 0) {
    const lines = lineAt(text, controls);
    const nulLines = lines.filter((_, i) => text.charCodeAt(controls[i]) === 0);
    const otherLines = lines.filter((_, i) => text.charCodeAt(controls[i]) !== 0);
    warnLines(
      problems,
      source,
      nulLines,
      () => "NUL byte removed from this line: check the text around it",
      (k) => `NUL bytes removed from ${k} more lines: the file may be damaged, check it`,
    );
    warnLines(
      problems,
      source,
      otherLines,
      () => "invisible control character removed from this line",
      (k) => `invisible control characters removed from ${k} more lines`,
    );
    text = text.replace(CONTROL_RE, "");
  }
  if (replacement > 0) {
    const at: number[] = [];
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) at.push(i);
    warnLines(
      problems,
      source,
      lineAt(text, at),
      () => "this line holds characters that could not be decoded (shown as �): fix them in the file",
      (k) => `${k} more lines hold characters that could not be decoded`,
    );
  }
  // An e-mail's source pasted as text keeps its body in quoted-printable: the reader wants the characters.
  repaired(
    decodeQuotedPrintable(text),
    "quoted-printable decoded on this line (\"=C3=A9\" read as \"é\"): the text was copied from an e-mail's source",
    (k) => `quoted-printable decoded on ${k} more lines`,
  );
  // Entities come from a page's HTML source pasted as text: the reader wants the characters ("l’ONU", not "l&#8217;ONU").
  repaired(
    decodeEntities(text),
    "HTML entities (&amp;, &#8217;…) decoded on this line: the text was copied from a page's source",
    (k) => `HTML entities decoded on ${k} more lines`,
  );
  return { source, name, encoding, text: text.normalize("NFC"), problems, binary: false };
}
