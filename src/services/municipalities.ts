import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { MunicipalityTable } from '../db/schema.ts';

export type MunicipalityRow = Selectable<MunicipalityTable>;

export interface Municipality {
  id: string;
  slug: string;
  name: string;
  hostName: string | null;
  logoUrl: string | null;
  brandColour: string;
  contactEmail: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  accessibilityStatement: Record<string, string>;
  loginMethods: string[];
}

const toMunicipality = (r: MunicipalityRow): Municipality => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  hostName: r.host_name,
  logoUrl: r.logo_url,
  brandColour: r.brand_colour,
  contactEmail: r.contact_email,
  contactPhone: r.contact_phone,
  contactAddress: r.contact_address,
  accessibilityStatement: r.accessibility_statement,
  loginMethods: r.login_methods,
});

export interface NewMunicipality {
  slug: string;
  name: string;
  hostName?: string | null;
  logoUrl?: string | null;
  brandColour?: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  contactAddress?: string | null;
  accessibilityStatement?: Record<string, string>;
  loginMethods?: string[];
}

/**
 * Municipalities change rarely and are read on every request, so they are kept
 * in memory and reloaded after a change here (and every minute, for other nodes).
 */
export function createMunicipalityService(db: Db) {
  let bySlug = new Map<string, Municipality>();
  let byHost = new Map<string, Municipality>();
  let loadedAt = 0;

  async function reload(): Promise<void> {
    const rows = await db.selectFrom('municipality').selectAll().orderBy('name').execute();
    const list = rows.map(toMunicipality);
    bySlug = new Map(list.map((m) => [m.slug, m]));
    byHost = new Map(list.filter((m) => m.hostName).map((m) => [(m.hostName as string).toLowerCase(), m]));
    loadedAt = Date.now();
  }

  async function fresh(): Promise<void> {
    if (Date.now() - loadedAt > 60_000) await reload();
  }

  return {
    reload,
    async list(): Promise<Municipality[]> {
      await fresh();
      return [...bySlug.values()];
    },
    async bySlug(slug: string): Promise<Municipality | undefined> {
      await fresh();
      return bySlug.get(slug);
    },
    /** Synchronous lookup for URL rewriting; uses what was last loaded. */
    cachedByHost(host: string): Municipality | undefined {
      return byHost.get(host.toLowerCase());
    },
    async create(m: NewMunicipality): Promise<Municipality> {
      const row = await db
        .insertInto('municipality')
        .values({
          slug: m.slug,
          name: m.name,
          host_name: m.hostName ?? null,
          logo_url: m.logoUrl ?? null,
          ...(m.brandColour ? { brand_colour: m.brandColour } : {}),
          contact_email: m.contactEmail ?? null,
          contact_phone: m.contactPhone ?? null,
          contact_address: m.contactAddress ?? null,
          accessibility_statement: JSON.stringify(m.accessibilityStatement ?? {}),
          ...(m.loginMethods ? { login_methods: m.loginMethods } : {}),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await reload();
      return toMunicipality(row);
    },
  };
}

export type MunicipalityService = ReturnType<typeof createMunicipalityService>;
