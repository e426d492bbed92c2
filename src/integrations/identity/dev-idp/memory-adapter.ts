import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** ms since epoch; Infinity when the model has no expiry. */
  expiresAt: number;
  grantId?: string;
}

/**
 * In-memory storage for the development provider's sessions, interactions,
 * codes and tokens. oidc-provider ships one too, but it keeps a single
 * module-wide store of only 1,000 entries and warns on every start; this one
 * belongs to one provider and holds enough for a busy demo. Everything is
 * lost on restart and not shared between processes: run the development
 * provider on one node (it is a test tool).
 */
export function memoryAdapter(maxEntries = 50_000): AdapterFactory {
  const store = new Map<string, Entry>();
  const byUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const byGrant = new Map<string, Set<string>>();

  const live = (key: string): Entry | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      remove(key);
      return undefined;
    }
    return entry;
  };

  function remove(key: string): void {
    const entry = store.get(key);
    if (!entry) return;
    store.delete(key);
    if (entry.payload.uid) byUid.delete(entry.payload.uid);
    if (entry.payload.userCode) byUserCode.delete(entry.payload.userCode);
    if (entry.grantId) {
      const members = byGrant.get(entry.grantId);
      members?.delete(key);
      if (members?.size === 0) byGrant.delete(entry.grantId);
    }
  }

  function makeRoom(): void {
    if (store.size < maxEntries) return;
    const now = Date.now();
    for (const [key, entry] of store) if (entry.expiresAt <= now) remove(key);
    // Still full: drop the oldest writes (Map keeps insertion order).
    for (const key of store.keys()) {
      if (store.size < maxEntries) break;
      remove(key);
    }
  }

  return (model: string): Adapter => {
    const keyFor = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const key = keyFor(id);
        remove(key);
        makeRoom();
        const entry: Entry = {
          payload,
          expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY,
          ...(payload.grantId ? { grantId: payload.grantId } : {}),
        };
        store.set(key, entry);
        if (payload.uid) byUid.set(payload.uid, key);
        if (payload.userCode) byUserCode.set(payload.userCode, key);
        if (payload.grantId) {
          let members = byGrant.get(payload.grantId);
          if (!members) {
            members = new Set();
            byGrant.set(payload.grantId, members);
          }
          members.add(key);
        }
      },
      async find(id) {
        return live(keyFor(id))?.payload;
      },
      async findByUid(uid) {
        const key = byUid.get(uid);
        return key ? live(key)?.payload : undefined;
      },
      async findByUserCode(userCode) {
        const key = byUserCode.get(userCode);
        return key ? live(key)?.payload : undefined;
      },
      async consume(id) {
        const entry = live(keyFor(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        remove(keyFor(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of byGrant.get(grantId) ?? []) remove(key);
        byGrant.delete(grantId);
      },
    };
  };
}
