// Search page: reads ?q=, queries Pagefind and lists the results inside [data-search-results].
const form = document.getElementById("search-form");
const input = document.getElementById("q");
const list = document.getElementById("search-results");
const status = document.getElementById("search-status");
let pagefind;

async function run(query) {
  pagefind ??= await import("/pagefind/pagefind.js");
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  status.textContent = results.length ? `${search.results.length} résultat(s) pour « ${query} »` : `Aucun résultat pour « ${query} ».`;
  for (const r of results) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const p = document.createElement("p");
    p.innerHTML = r.excerpt;
    li.append(a, p);
    list.append(li);
  }
}

const initial = new URLSearchParams(location.search).get("q") ?? "";
input.value = initial;
if (initial) run(initial);
form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  history.pushState(null, "", url);
  run(input.value);
});
