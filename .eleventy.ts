// Eleventy configuration: directories and the archive's local plugin.
import archivePlugin from "./src/site/plugin.ts";

export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(archivePlugin);
}

export const config = {
  dir: { input: "templates", includes: "_includes" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
