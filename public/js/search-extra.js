// The search page's less common paths, loaded only when needed: topic suggestions for a query without results, filters.
import { significantTerms, splitWords, nameKey } from "./search-text.js";

/** Distance between two short strings (insertions, deletions, substitutions). */
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * Tags whose name or an alias is close to the query: same name key, one starts the other, or a few letters apart.
 * `rows` are the archive's tags as the build writes them ([name, url, kind, articles, other spellings]).
 */
export function closeTags(query, rows) {
  const tags = rows.map(([name, url, kind, count, aliases]) => ({ name, url, kind, count, aliases }));
  const terms = significantTerms(query);
  if (!terms.length) return [];
  const scored = [];
  for (const tag of tags) {
    let best = Infinity;
    for (const name of [tag.name, ...(tag.aliases ?? [])]) {
      const words = splitWords(name);
      for (const t of terms) {
        for (const w of words) {
          if (w.length < 3) continue;
          let d = editDistance(t, w);
          if (nameKey(t) === nameKey(w)) d = 0;
          else if (t.length >= 4 && (w.startsWith(t) || t.startsWith(w))) d = Math.min(d, 1);
          if (d <= Math.max(1, Math.floor(t.length / 4))) best = Math.min(best, d);
        }
      }
    }
    if (best < Infinity) scored.push({ tag, best });
  }
  return scored.sort((a, b) => a.best - b.best || b.tag.count - a.tag.count).slice(0, 8).map((s) => s.tag);
}

/** Shows `tags` as links in `box` under "Sujets proches". */
export function showSuggestions(box, tags) {
  const p = document.createElement("p");
  p.textContent = "Sujets proches\u202F:";
  const ul = document.createElement("ul");
  for (const tag of tags) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = tag.url;
    a.textContent = tag.name;
    li.append(a);
    ul.append(li);
  }
  box.replaceChildren(p, ul);
  box.hidden = false;
}

/**
 * Fills `box` with one fieldset of checkboxes per filter group ([key, legend]) that has values in `all` (Pagefind's
 * filters), `selected` ones checked; `details` is shown only when there is something to filter.
 */
export function buildFilters(box, details, groupsShown, all, selected) {
  const groups = [];
  for (const [key, legendText] of groupsShown) {
    const values = Object.keys(all[key] ?? {});
    if (!values.length) continue;
    values.sort(key === "année" ? (a, b) => (a < b ? 1 : -1) : (a, b) => a.localeCompare(b, "fr"));
    const fs = document.createElement("fieldset");
    fs.dataset.filter = key;
    const legend = document.createElement("legend");
    legend.textContent = legendText;
    fs.append(legend);
    for (const value of values) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox";
      input.name = key;
      input.value = value;
      input.checked = (selected[key] ?? []).includes(value);
      const name = document.createElement("span");
      name.textContent = value;
      const count = document.createElement("span");
      count.className = "count";
      label.append(input, " ", name, " ", count);
      fs.append(label);
    }
    groups.push(fs);
  }
  box.replaceChildren(...groups);
  box.dataset.built = "";
  details.hidden = groups.length === 0;
  if (Object.keys(selected).length) details.open = true;
}

/** Writes each filter value's count for the current search next to it in `box`; values with no result are hidden. */
export function updateCounts(box, counts) {
  for (const label of box.querySelectorAll("label")) {
    const input = label.querySelector("input");
    const n = counts?.[input.name]?.[input.value] ?? 0;
    label.querySelector(".count").textContent = `(${n})`;
    label.hidden = n === 0 && !input.checked;
  }
  for (const fs of box.querySelectorAll("fieldset")) fs.hidden = [...fs.querySelectorAll("label")].every((l) => l.hidden);
}
