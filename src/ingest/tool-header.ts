// Finds the header a scraping or extraction tool writes above the page it read: its fields ("Title: …", "URL Source:
// …", "Published Time: …", "Markdown Content:" for Jina Reader; "Titre: …", "Auteurs: […]", "Date: …", "Résumé: …",
// "Texte:" for a newspaper3k script), maybe under the command that ran it and its log lines.

/** What a line of a tool's header is. */
export type HeaderRole = "title" | "date" | "author" | "summary" | "field" | "body" | "command";

export interface ToolHeader {
  /** The role of each line of the header, by index in the lines given. */
  roles: Map<number, HeaderRole>;
  /** The title field's value, and where it starts in its line's text. */
  title?: { index: number; value: string; start: number };
  /** The date field's value as written. */
  date?: { index: number; value: string };
}

// A field's label, in English or French as tools and scripts print them, then ":" and the value (or nothing, for the
// label of the page's text that follows).
const FIELD_RE =
  /^[*_]*(title|titre|url source|url|source url|source|lien|canonical url|published time|publication date|date de publication|published|publiée?|date|auteurs?|authors?|autrices?|image principale|top image|image|images|vid[ée]os|movies|mots-cl[ée]s|keywords|tags|langue|language|site name|sitename|hostname|description|r[ée]sum[ée]|summary|markdown content|texte|text|contenu|content)[*_]*[ \t]*:[ \t]*(.*)$/iu;
const ROLE_OF: Record<string, HeaderRole> = {
  title: "title",
  titre: "title",
  "published time": "date",
  "publication date": "date",
  "date de publication": "date",
  published: "date",
  publié: "date",
  publiée: "date",
  date: "date",
  auteur: "author",
  auteurs: "author",
  author: "author",
  authors: "author",
  autrice: "author",
  autrices: "author",
  résumé: "summary",
  resume: "summary",
  résume: "summary",
  resumé: "summary",
  summary: "summary",
  "markdown content": "body",
  texte: "body",
  text: "body",
  contenu: "body",
  content: "body",
};
// The command that ran the tool, and its log: "$ python3 extraire.py https://…", "[INFO] Téléchargement…", a rule of "=".
const COMMAND_RE = /^\$ [\w./-]+(?: \S+)*$|^\[(?:INFO|WARN|WARNING|ERROR|DEBUG)\] |^={4,}$|^-{4,}$/u;
// Labels only a tool writes (an address's only when its value is one: see FIELD_RE's use; "Source : https://…" under
// "Titre : …", a clipping tool's).
const TOOL_LABELS = new Set(["source", "url source", "source url", "canonical url", "published time", "markdown content", "image principale", "top image", "vidéos", "videos", "movies", "hostname", "sitename", "site name", "url"]);
/** Lines looked at, at most, before the header's first field. */
const LEAD_MAX = 6;
/** Lines a summary field may run over (the sentences a tool's summary picked). */
const SUMMARY_MAX = 12;

function roleOf(label: string): HeaderRole {
  return ROLE_OF[label.toLowerCase()] ?? "field";
}

/**
 * The tool's header at the top of `texts` (the lines' visible text, "" for a blank line), or null. A header is two
 * fields or more, each on its line, a title among them and a field only a tool writes (or the command that ran it);
 * blank lines may stand between. It ends with the
 * label of the page's text ("Markdown Content:", "Texte:") or before the first line that is no field. A summary's value
 * may run over the lines under it when another field follows them. The tool's command and log lines count too, above
 * the header and after the page (the end of its log).
 */
export function readToolHeader(texts: string[]): ToolHeader | null {
  const roles = new Map<number, HeaderRole>();
  let i = 0;
  const skipBlank = () => {
    while (i < texts.length && texts[i].trim() === "") i++;
  };
  skipBlank();
  for (let lead = 0; lead < LEAD_MAX && i < texts.length && COMMAND_RE.test(texts[i].trim()); lead++) {
    roles.set(i++, "command");
    skipBlank();
  }
  const header: ToolHeader = { roles };
  const labels = new Set<string>();
  for (; i < texts.length; i++) {
    const t = texts[i].trim();
    if (t === "") continue;
    if (COMMAND_RE.test(t)) {
      roles.set(i, "command");
      continue;
    }
    const m = FIELD_RE.exec(t);
    if (!m) break;
    const label = m[1].toLowerCase();
    const role = roleOf(label);
    const value = m[2].trim();
    // A label without a value is a field left empty, or the page's text to come.
    if (value === "" && role !== "body") {
      roles.set(i, "field");
      labels.add(label);
      continue;
    }
    // The label of the page's text ends the header; with a value ("Texte : Marie Dupont") it is a credit of the page's.
    if (role === "body") {
      if (value !== "") break;
      roles.set(i++, role);
      break;
    }
    if (labels.has(label)) break;
    // A page's address is an address: "URL : à venir" is no tool's.
    if (/^(?:url|url source|source url|canonical url|source)$/u.test(label) && !/^https?:\/\/\S+$/u.test(value)) break;
    labels.add(label);
    roles.set(i, role);
    if (role === "title" && !header.title) header.title = { index: i, value, start: texts[i].indexOf(m[2].trimStart()) };
    if (role === "date" && !header.date) header.date = { index: i, value };
    if (role === "summary") {
      // Its sentences may go on under it, up to the next field.
      let j = i + 1;
      while (j < texts.length && j <= i + SUMMARY_MAX && texts[j].trim() !== "" && !FIELD_RE.test(texts[j].trim())) j++;
      if (j < texts.length && FIELD_RE.test(texts[j].trim())) {
        for (let k = i + 1; k < j; k++) roles.set(k, "summary");
        i = j - 1;
      }
    }
  }
  // An editor may write "Titre :", "Date :", "Résumé :" or "Description :" over a text; a tool also writes what only a
  // tool writes: the page's address, its publication time, its images, the label of the text it extracted, or the
  // command that ran it.
  const fields = [...roles.values()].filter((r) => r !== "command").length;
  const tool = [...labels].some((l) => TOOL_LABELS.has(l)) || [...roles.values()].includes("command");
  if (fields < 2 || !header.title || !tool) return null;
  // A bulletin's entries each under their fields ("Titre : …" / "Source : https://…" / "Publié : …", again and again)
  // are its text: a tool heads the page once.
  if (texts.slice(i).some((t) => /^(?:title|titre)$/iu.test(FIELD_RE.exec(t.trim())?.[1] ?? ""))) return null;
  // The tool's log after the page: "[INFO] 1 article(s) traité(s)", the closing rule.
  for (let k = texts.length - 1; k >= i; k--) {
    const t = texts[k].trim();
    if (t === "") continue;
    if (!COMMAND_RE.test(t)) break;
    roles.set(k, "command");
  }
  return header;
}
