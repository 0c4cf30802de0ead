// The dev server's update after one edited seed: the changed article's page first, as the full build writes it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, cp, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { DevBuilder } from "../../src/serve.ts";
import { buildSite } from "../../src/build.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import { tempDir } from "../helpers/tmp.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ADDED = "Une phrase ajoutée pendant que le serveur tourne, pour vérifier la mise à jour rapide.";

test("after one seed is edited, the quick pass rewrites only the pages it affects, exactly as a full build writes them", async () => {
  const tmp = tempDir("dev-update-");
  const seeds = path.join(tmp, "seeds");
  await cp(path.join(ROOT, "seeds"), seeds, { recursive: true });
  const builder = new DevBuilder(seeds, path.join(tmp, "site"));
  const first = await builder.full();
  assert.equal(await builder.quick(), 0, "nothing changed yet");

  const name = (await readdir(seeds)).filter((n) => n.endsWith(".txt")).sort()[0];
  await appendFile(path.join(seeds, name), `\n\n${ADDED}\n`);
  const pages = await builder.quick();
  assert.ok(pages >= 1 && pages < first.pages / 2, `${pages} of ${first.pages} pages`);

  const { articles } = await ingestFolder(seeds);
  const url = articles.find((a) => a.source.endsWith(name))!.url;
  const quickPage = await readFile(path.join(tmp, "site", url, "index.html"), "utf8");
  assert.ok(quickPage.includes("Une phrase ajoutée pendant que le serveur tourne"));

  await buildSite({ seeds, out: path.join(tmp, "full") });
  assert.equal(quickPage, await readFile(path.join(tmp, "full", url, "index.html"), "utf8"));
});
