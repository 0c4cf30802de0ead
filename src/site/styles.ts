// The site's stylesheets as served: `public/css/` minified by esbuild, since a reader's first page downloads them.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

/** The stylesheets as written, with their comments; the site serves them at `/css/<name>`. */
const STYLES_DIR = fileURLToPath(new URL("../../public/css", import.meta.url));

/** `css` minified: comments and spaces removed, colours and numbers shortened; the syntax is left as written (no target). */
export async function minifyStyle(css: string): Promise<string> {
  const { code } = await transform(css, { loader: "css", minify: true, charset: "utf8", legalComments: "none" });
  return code;
}

/** Writes every stylesheet of `public/css/`, minified, into `out/css/` (over the copy Eleventy made of `public/`). */
export async function writeStyles(out: string): Promise<void> {
  const names = (await readdir(STYLES_DIR)).filter((n) => n.endsWith(".css")).sort();
  await mkdir(path.join(out, "css"), { recursive: true });
  for (const name of names) {
    await writeFile(path.join(out, "css", name), await minifyStyle(await readFile(path.join(STYLES_DIR, name), "utf8")));
  }
}
