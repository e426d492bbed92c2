/**
 * Returns `url` (a path with an optional query, like ctx.currentUrl) with the
 * given query parameters set, or removed when the value is null. Used by the
 * language switcher, sortable tables and pagination, which all keep the rest
 * of the query (filters, search) as it was.
 */
export function withQuery(url: string, params: Record<string, string | number | null>): string {
  const u = new URL(url, 'http://localhost');
  for (const [name, value] of Object.entries(params)) {
    if (value === null) u.searchParams.delete(name);
    else u.searchParams.set(name, String(value));
  }
  return `${u.pathname}${u.search}${u.hash}`;
}
