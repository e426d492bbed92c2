/**
 * Ids derived from field names, so the error summary can link to a field by
 * its name alone: `#${fieldId(name)}` is always the field's first control.
 * Names may hold characters that are awkward in ids and URL fragments
 * ("contact.email", "answers[2]"); those become "-", and letters lose their
 * accents ("Ärenden" -> "Arenden").
 */
export function fieldId(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?=[0-9])/, 'f-');
  return id === '' ? 'field' : id;
}

/** Joins the ids of hints and errors for aria-describedby; undefined when none. */
export function describedBy(...ids: readonly (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}
