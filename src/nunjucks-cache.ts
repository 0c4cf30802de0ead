// Shares compiled Nunjucks templates between the pages of a paginated template, which Eleventy recompiles per page.
import { createRequire } from "node:module";

// The Nunjucks Eleventy itself loads (resolved from Eleventy's folder), so the change reaches its templates.
const NunjucksLib: unknown = createRequire(import.meta.resolve("@11ty/eleventy"))("nunjucks");

/** Marks HTML that Nunjucks itself rendered (and escaped) as safe, so an enclosing `{{ }}` does not escape it twice. */
export function markSafe(html: string): unknown {
  return (NunjucksLib as { runtime: { markSafe(s: string): unknown } }).runtime.markSafe(html);
}

interface NunjucksEnv {
  asyncFilters: unknown;
  extensionsList: unknown;
  opts: unknown;
}

interface TemplateInternals {
  env: NunjucksEnv;
  path: string | null;
  tmplStr: unknown;
  tmplProps?: unknown;
  _compile(): void;
}

interface NunjucksInternals {
  Template: { prototype: TemplateInternals };
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, path: string | null, opts: unknown): string };
}

// Eleventy 3.1 builds a new Nunjucks `Template` from the same source for every page of a paginated template (and for
// each permalink and computed-data string), so its compilation to JavaScript ran once per page. Compiled code depends
// only on the environment, the path and the source: keeping it per environment changes no output.
const compiled = new WeakMap<NunjucksEnv, Map<string, unknown>>();
let installed = false;

/** Makes Nunjucks reuse compiled code for an identical template source in the same environment. Idempotent. */
export function shareNunjucksCompilation(): void {
  if (installed) return;
  installed = true;
  const lib = NunjucksLib as unknown as NunjucksInternals;
  const original = lib.Template.prototype._compile;
  lib.Template.prototype._compile = function (this: TemplateInternals) {
    if (!this.tmplProps && typeof this.tmplStr === "string") {
      let byEnv = compiled.get(this.env);
      if (!byEnv) compiled.set(this.env, (byEnv = new Map()));
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      let props = byEnv.get(key);
      if (!props) {
        // The same two steps as Nunjucks' own Template._compile.
        const source = lib.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)();
        byEnv.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}
