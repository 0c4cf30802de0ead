import * as pagefind from "pagefind";
import { readFileSync, rmSync } from "node:fs";
import { childrenCpuMs } from "./src/bench/measure.ts";
const docs: { url: string; html: string }[] = JSON.parse(readFileSync("/tmp/s16/docs500.json", "utf8"));
const variant = process.argv[2] ?? "base";
const tx = (h: string) => {
  if (variant === "nometa") return h.replace(/<span data-pagefind-meta="variants">[^<]*<\/span>/, "");
  if (variant === "half") { const i = h.indexOf("<p>"); const j = h.indexOf("</main>"); const body = h.slice(i, j); return h.slice(0, i) + body.slice(0, body.length >> 1).replace(/<[^>]*$/, "") + h.slice(j); }
  if (variant === "nofilter") return h.replace(/<span data-pagefind-filter="[^"]*">[^<]*<\/span>/g, "");
  return h;
};
const c0 = childrenCpuMs();
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: "fr" });
const t1 = performance.now();
await Promise.all(docs.map((d) => index!.addHTMLFile({ url: d.url, content: tx(d.html) })));
const t2 = performance.now();
rmSync("/tmp/s16/pf", { recursive: true, force: true });
await index!.writeFiles({ outputPath: "/tmp/s16/pf" });
const t3 = performance.now();
await pagefind.close();
await new Promise((r) => setTimeout(r, 300));
console.log(variant, `create ${(t1 - t0).toFixed(0)} add ${(t2 - t1).toFixed(0)} write ${(t3 - t2).toFixed(0)} pf-cpu ${childrenCpuMs() - c0}`);
