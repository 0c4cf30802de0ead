// The Eleventy plugin of the archive: passthrough assets, filters and global data (no business logic).
import path from "node:path";
import { KIND_LABELS } from "./model.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Adds the archive's filters and copies `public/` to the site root. */
export default function archivePlugin(eleventyConfig: any): void {
  eleventyConfig.addPassthroughCopy({ [path.join(ROOT, "public")]: "/" });
  eleventyConfig.addGlobalData("site", {
    title: "Archives de la diplomatie kazakhstanaise",
    description: "Articles de presse en français sur la diplomatie du Kazakhstan, classés par date, personnes, lieux et thèmes.",
    url: process.env.SITE_URL ?? "https://archive.example.org",
    lang: "fr",
  });
  eleventyConfig.addFilter("kindLabel", (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind]);
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
}
