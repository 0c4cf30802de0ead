// The built site has every page of the URL contract, and they link to each other.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, access } from "node:fs/promises";
import path from "node:path";
import { buildTemp } from "../helpers/site.ts";

let out: string;
before(async () => {
  ({ out } = await buildTemp());
});

test("the contract's pages and the search index are written", async () => {
  for (const p of ["index.html", "archives/index.html", "sujets/index.html", "recherche/index.html", "flux.xml", "sitemap.xml", "404.html", "pagefind/pagefind.js"]) {
    await access(path.join(out, p));
  }
});

test("every page is French and the home links to each article page", async () => {
  const home = await readFile(path.join(out, "index.html"), "utf8");
  assert.match(home, /<html lang="fr">/);
  const links = [...home.matchAll(/href="(\/\d{4}\/\d{2}\/[a-z0-9-]+\/)"/g)].map((m) => m[1]);
  assert.equal(new Set(links).size, 5);
  for (const l of links) {
    const html = await readFile(path.join(out, l, "index.html"), "utf8");
    assert.match(html, /<html lang="fr">/);
  }
});
