/** Where a municipality's pages live: its own host name, or the platform's address with its path prefix. */
export function municipalityBase(publicUrl: string, m: { slug: string; host_name: string | null }): string {
  if (m.host_name) return `${new URL(publicUrl).protocol}//${m.host_name}`;
  return `${publicUrl}/${m.slug}`;
}

/**
 * The link in a notification: it leads to a log-in, never to content.
 * Applicants who logged in get their case on My pages; an anonymous case
 * cannot be opened again, so its applicant gets the municipality's start
 * page. Officers get the case in the officer view.
 */
export function notificationLink(
  base: string,
  audience: 'applicant' | 'officer',
  c: { id: string; hasOwner: boolean },
): string {
  if (audience === 'officer') return `${base}/handlaggare/arenden/${c.id}`;
  return c.hasOwner ? `${base}/mina-sidor/arenden/${c.id}` : `${base}/`;
}
