// Test helper: a temporary seed folder holding every hostile fixture plus the generated 4 MB article and 200 KB line.
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { tempDir } from "../helpers/tmp.ts";

export const HOSTILE_FIXTURES = "tests/fixtures/hostile";

/** The paragraph repeated to build the big articles: real-looking French, with accents and punctuation. */
export const BIG_PARAGRAPH =
  "Le Kazakhstan poursuit une diplomatie multivectorielle : Astana entretient des relations équilibrées avec Moscou, Pékin, Bruxelles et Washington, tout en affirmant son rôle de médiateur en Asie centrale. ";

/** A title line, then paragraphs of about 2 KB until the file reaches 4 MB, each numbered (the same text twice is a paste error). */
export function bigArticle(): string {
  const para = BIG_PARAGRAPH.repeat(10).trim();
  const lines = ["Un très long article sur la diplomatie du Kazakhstan", " date 2025-08-20 " + para];
  let size = 0;
  for (let n = 1; size < 4 * 1024 * 1024; n++) {
    const numbered = `Paragraphe ${n}. ${para}`;
    lines.push("", numbered);
    size += Buffer.byteLength(numbered) + 2;
  }
  return lines.join("\n") + "\n";
}

/** One 200 KB line of prose with no line break. */
export function longLine(): string {
  const text = BIG_PARAGRAPH.repeat(Math.ceil((200 * 1024) / Buffer.byteLength(BIG_PARAGRAPH))).trim();
  return "Une seule ligne de deux cents kilo-octets\n" + text + "\n";
}

/** Copies the hostile fixtures into a fresh temp folder and writes the two big files; returns the folder. */
export async function makeHostileFolder(): Promise<string> {
  const dir = tempDir("hostile-seeds-");
  await cp(HOSTILE_FIXTURES, dir, { recursive: true });
  await writeFile(path.join(dir, "article-4-mo.txt"), bigArticle());
  await writeFile(path.join(dir, "ligne-200-ko.txt"), longLine());
  return dir;
}
