// Turns a French (or Kazakh/Russian) name into an ASCII URL slug (first version: Latin accents only).

/** `Kassym-Jomart Tokaïev` → `kassym-jomart-tokaiev`. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
