// Cuts a list into pages: a first page of one size, then pages of another (article listings, chronology views).

/** `items` in pages: `first` on the first page, then `later` on each next one. An empty list still has its first page. */
export function cutPages<T>(items: T[], first: number, later: number = first): T[][] {
  const pages = [items.slice(0, first)];
  for (let i = first; i < items.length; i += later) pages.push(items.slice(i, i + later));
  return pages;
}
