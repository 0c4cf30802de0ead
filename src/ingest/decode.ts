// Decodes a seed's bytes to text (first version: UTF-8 only, NFC).
import type { DecodedSeed, RawSeed } from "./types.ts";

/** Decodes the raw bytes of a seed as UTF-8 and normalises to NFC. */
export function decodeSeed(raw: RawSeed): DecodedSeed {
  let text = new TextDecoder("utf-8").decode(raw.bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { source: raw.source, name: raw.name, encoding: "utf-8", text: text.normalize("NFC"), problems: [] };
}
