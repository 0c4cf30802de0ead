// html-validate settings for the built pages: the recommended preset, with each exception justified below.
import type { ConfigData } from "html-validate";

export const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // `<!doctype html>` is case-insensitive in HTML; upper case is a style preference, not validity.
    "doctype-style": "off",
    // Nunjucks loops leave trailing spaces on generated lines; whitespace between tags changes nothing for readers.
    "no-trailing-whitespace": "off",
    // Page titles are "headline · site name"; French press headlines often run past 70 characters, and the rule is SEO advice.
    "long-title": "off",
    // aria-label stays forbidden where it means nothing (a plain div or span), but lists and other elements whose role takes
    // a name may carry one: the listings label their tag lists ("Sujets de l’article").
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
  },
};
