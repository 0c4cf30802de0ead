// Speeds up Nunjucks for many pages: compiled templates shared between the pages of a paginated template (Eleventy
// recompiles them per page), and a cheaper variable assignment (loops assign seven `loop.*` variables per item).
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

interface FrameInternals {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): FrameInternals | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

interface NunjucksInternals {
  Template: { prototype: TemplateInternals };
  runtime: { Frame: { prototype: FrameInternals } };
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, path: string | null, opts: unknown): string };
}

// Eleventy 3.1 builds a new Nunjucks `Template` from the same source for every page of a paginated template (and for
// each permalink and computed-data string), so its compilation to JavaScript ran once per page. Compiled code depends
// only on the environment, the path and the source: keeping it per environment changes no output.
const compiled = new WeakMap<NunjucksEnv, Map<string | null, Map<string, unknown>>>();
let installed = false;

/** `loop.index` → [`loop`, `index`]; null for a name without a dot or with several. */
const dottedNames = new Map<string, [string, string] | null>();

function splitDotted(name: string): [string, string] | null {
  let split = dottedNames.get(name);
  if (split === undefined) {
    const dot = name.indexOf(".");
    split = dot === -1 || name.includes(".", dot + 1) ? null : [name.slice(0, dot), name.slice(dot + 1)];
    dottedNames.set(name, split);
  }
  return split;
}

/**
 * Makes Nunjucks reuse compiled code for an identical template source in the same environment, and assign variables
 * without splitting their name on every assignment (Frame.set did, 4 times slower). Idempotent.
 */
export function shareNunjucksCompilation(): void {
  if (installed) return;
  installed = true;
  const lib = NunjucksLib as unknown as NunjucksInternals;
  const originalSet = lib.runtime.Frame.prototype.set;
  // The same behaviour as Nunjucks' own Frame.set, with its two common cases (`e`, `loop.index`) taken directly.
  lib.runtime.Frame.prototype.set = function (this: FrameInternals, name: string, value: unknown, resolveUp?: boolean) {
    const split = splitDotted(name);
    if (resolveUp) {
      const frame = this.resolve(split ? split[0] : name.split(".")[0], true);
      if (frame) return frame.set(name, value);
    }
    if (split) {
      const obj = (this.variables[split[0]] ||= {}) as Record<string, unknown>;
      obj[split[1]] = value;
    } else if (!name.includes(".")) this.variables[name] = value;
    else originalSet.call(this, name, value);
  };
  const original = lib.Template.prototype._compile;
  lib.Template.prototype._compile = function (this: TemplateInternals) {
    if (!this.tmplProps && typeof this.tmplStr === "string") {
      let byEnv = compiled.get(this.env);
      if (!byEnv) compiled.set(this.env, (byEnv = new Map()));
      // By path, then by source: the source string is the same object page after page, so looking it up costs no
      // new string (a key joining path and source was built and hashed, several KB, for every page).
      let byPath = byEnv.get(this.path);
      if (!byPath) byEnv.set(this.path, (byPath = new Map()));
      let props = byPath.get(this.tmplStr);
      if (!props) {
        // The same two steps as Nunjucks' own Template._compile.
        const source = lib.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)();
        byPath.set(this.tmplStr, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}
