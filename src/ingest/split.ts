// Splits decoded text into numbered lines (first version: no front matter yet).
import type { DecodedSeed, Lines } from "./types.ts";

/** Splits on CRLF, CR or LF; line numbers are 1-based. */
export function splitLines(seed: DecodedSeed): Lines {
  const lines = seed.text.split(/\r\n|\r|\n/).map((text, i) => ({ line: i + 1, text }));
  return { source: seed.source, name: seed.name, frontMatter: {}, lines, problems: [] };
}
