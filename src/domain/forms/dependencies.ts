/**
 * The order questions are evaluated in: a question after every question its
 * condition or expression reads, so a follow-up of a follow-up sees answers
 * already pruned for visibility. Ties keep document order.
 */

export type DependencyOrder = { ok: true; order: string[] } | { ok: false; cycle: string[] };

/**
 * `dependsOn(key)` lists keys the question reads; keys not in `keys` are
 * ignored (the schema reports them separately).
 */
export function dependencyOrder(
  keys: readonly string[],
  dependsOn: (key: string) => readonly string[],
): DependencyOrder {
  const position = new Map(keys.map((k, i) => [k, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];

  const visit = (key: string): string[] | undefined => {
    const s = state.get(key);
    if (s === 'done') return undefined;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(key)), key];
    state.set(key, 'visiting');
    stack.push(key);
    const deps = [...new Set(dependsOn(key))]
      .filter((d) => position.has(d))
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    for (const dep of deps) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(key, 'done');
    order.push(key);
    return undefined;
  };

  for (const key of keys) {
    const cycle = visit(key);
    if (cycle) return { ok: false, cycle };
  }
  return { ok: true, order };
}
