import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isStaffRole, type StaffPrincipal } from '../../domain/staff/roles.ts';
import {
  claimValue,
  createStaffDirectoryClient,
  DIRECTORY_CLAIMS,
  type DirectoryClaim,
  type DirectoryIdentity,
  type StaffDirectoryClient,
} from '../../integrations/identity/staff-oidc.ts';
import { IdentityError } from '../../integrations/identity/types.ts';
import { writeAudit } from '../audit.ts';
import { createSecretBox } from './secret-box.ts';
import {
  type ConfigureResult,
  type DirectoryLoginResult,
  type PendingDirectoryLogin,
  PROVISIONABLE_ROLES,
  STAFF_DIRECTORY_CALLBACK_PATH,
  type StaffDirectoryField,
  type StaffDirectoryInput,
  type StaffDirectoryOptions,
  type StaffDirectoryProblem,
  type StaffDirectorySettings,
  type StartDirectoryLoginResult,
} from './staff-directory-types.ts';

/**
 * Staff login through the municipality's own OIDC directory (Entra ID,
 * Keycloak …), next to local accounts. The directory proves who someone is;
 * this service decides which staff account of *that* municipality it is:
 *
 * 1. the account already linked to the directory's issuer and `sub`;
 * 2. else the account whose e-mail (match claim `email`) or user name
 *    (`preferred_username`, `sub`) equals the claim, ignoring case; it is
 *    linked then, so later renames in the directory do not matter;
 * 3. else, if the municipality allows it, a new account with the configured
 *    roles; otherwise no login.
 * Deactivated accounts never log in, and an account linked to another person
 * of the same directory is not taken over by a matching e-mail.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const isDirectoryClaim = (v: unknown): v is DirectoryClaim =>
  typeof v === 'string' && (DIRECTORY_CLAIMS as readonly string[]).includes(v);
const subjectKey = (id: DirectoryIdentity) => `${id.issuer} ${id.subject}`;

/** An error and its cause in one line, for the log. */
function describe(err: Error): string {
  return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export function createStaffDirectoryService(db: Db, options: StaffDirectoryOptions) {
  const box = createSecretBox(options.sessionSecret, 'staff-directory-client-secret');
  const clients = new Map<string, { key: string; client: StaffDirectoryClient }>();

  function validate(input: StaffDirectoryInput, hasSecret: boolean): StaffDirectoryProblem[] {
    const problems: StaffDirectoryProblem[] = [];
    const need = (field: StaffDirectoryField, value: string | undefined, max: number) => {
      if (!value?.trim()) problems.push({ field, code: 'required' });
      else if (value.length > max) problems.push({ field, code: 'tooLong' });
    };
    need('displayName', input.displayName, 100);
    need('clientId', input.clientId, 500);
    if (input.clientSecret !== undefined || !hasSecret) need('clientSecret', input.clientSecret, 2000);
    need('issuer', input.issuer, 500);
    if (input.issuer?.trim()) {
      let url: URL | undefined;
      try {
        url = new URL(input.issuer.trim());
      } catch {
        problems.push({ field: 'issuer', code: 'invalid' });
      }
      if (url && url.protocol !== 'https:') {
        const devLoopback = url.protocol === 'http:' && options.allowInsecure && LOOPBACK.has(url.hostname);
        if (!devLoopback) problems.push({ field: 'issuer', code: 'insecure' });
      }
      if (url && (url.search || url.hash || url.username))
        problems.push({ field: 'issuer', code: 'invalid' });
    }
    if (input.matchClaim !== undefined && !isDirectoryClaim(input.matchClaim)) {
      problems.push({ field: 'matchClaim', code: 'invalid' });
    }
    const roles = input.provisionRoles;
    if (roles !== undefined) {
      if (roles.length === 0) problems.push({ field: 'provisionRoles', code: 'required' });
      else if (!roles.every((r) => (PROVISIONABLE_ROLES as readonly string[]).includes(r))) {
        problems.push({ field: 'provisionRoles', code: 'notAllowed' });
      }
    }
    return problems;
  }

  async function row(municipalityId: string) {
    return db
      .selectFrom('staff_directory')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst();
  }

  function toSettings(r: NonNullable<Awaited<ReturnType<typeof row>>>): StaffDirectorySettings {
    return {
      municipalityId: r.municipality_id,
      displayName: r.display_name,
      issuer: r.issuer,
      clientId: r.client_id,
      matchClaim: r.match_claim,
      autoProvision: r.auto_provision,
      provisionRoles: r.provision_roles.filter(isStaffRole),
      updatedAt: r.updated_at,
    };
  }

  /** The callback URL to register at the directory, for a municipality with or without its own host name. */
  function redirectUriFor(municipality: { hostName: string | null }): string {
    const url = new URL(STAFF_DIRECTORY_CALLBACK_PATH, options.publicUrl);
    if (municipality.hostName) url.hostname = municipality.hostName;
    return url.href;
  }

  /** A client per municipality, made again when its settings change. */
  function clientFor(
    r: NonNullable<Awaited<ReturnType<typeof row>>>,
    redirectUri: string,
  ): StaffDirectoryClient {
    const key = [r.issuer, r.client_id, r.client_secret_sealed, r.match_claim, redirectUri].join('\n');
    const cached = clients.get(r.municipality_id);
    if (cached?.key === key) return cached.client;
    let clientSecret: string;
    try {
      clientSecret = box.open(r.client_secret_sealed, r.municipality_id);
    } catch (err) {
      throw new IdentityError(
        'The stored client secret cannot be decrypted (SESSION_SECRET changed?): enter it again',
        'unavailable',
        { cause: err },
      );
    }
    const client = createStaffDirectoryClient({
      id: `staff-directory:${r.municipality_id}`,
      issuer: r.issuer,
      clientId: r.client_id,
      clientSecret,
      redirectUri,
      matchClaim: r.match_claim,
      allowInsecure: options.allowInsecure,
    });
    clients.set(r.municipality_id, { key, client });
    return client;
  }

  async function recordFailure(municipalityId: string): Promise<void> {
    await db
      .insertInto('login_event')
      .values({ municipality_id: municipalityId, kind: 'staff', method: 'oidc', success: false })
      .execute();
  }

  type UserRow = { id: string; username: string; name: string; roles: string[]; active: boolean };
  const principal = (municipalityId: string, u: UserRow): StaffPrincipal => ({
    id: u.id,
    municipalityId,
    username: u.username,
    name: u.name,
    roles: u.roles.filter(isStaffRole),
  });

  /** Steps 1–3 of the header comment, inside one municipality. */
  async function matchAccount(
    r: NonNullable<Awaited<ReturnType<typeof row>>>,
    identity: DirectoryIdentity,
  ): Promise<DirectoryLoginResult> {
    const m = r.municipality_id;
    const columns = ['id', 'username', 'name', 'roles', 'active', 'oidc_subject'] as const;
    const linked = await db
      .selectFrom('staff_user')
      .select(columns)
      .where('municipality_id', '=', m)
      .where('oidc_subject', '=', subjectKey(identity))
      .executeTakeFirst();
    if (linked) {
      return linked.active
        ? { ok: true, principal: principal(m, linked), provisioned: false }
        : { ok: false, reason: 'deactivated' };
    }

    const value = claimValue(identity, r.match_claim);
    if (!value) return { ok: false, reason: 'missingClaim' };
    const column = r.match_claim === 'email' ? 'email' : 'username';
    const candidates = await db
      .selectFrom('staff_user')
      .select(columns)
      .where('municipality_id', '=', m)
      .where(sql<string>`lower(${sql.ref(column)})`, '=', value.toLowerCase())
      .limit(2)
      .execute();
    if (candidates.length > 1) return { ok: false, reason: 'conflict', identifiedAs: value };

    const [user] = candidates;
    if (user) {
      if (!user.active) return { ok: false, reason: 'deactivated', identifiedAs: value };
      // Linked to someone else in this very directory: the claim moved to
      // another person there, which must not hand them this account.
      if (user.oidc_subject?.startsWith(`${identity.issuer} `)) {
        return { ok: false, reason: 'conflict', identifiedAs: value };
      }
      try {
        await db
          .updateTable('staff_user')
          .set({ oidc_subject: subjectKey(identity) })
          .where('municipality_id', '=', m)
          .where('id', '=', user.id)
          .execute();
      } catch (err) {
        if (isUniqueViolation(err)) return { ok: false, reason: 'conflict', identifiedAs: value };
        throw err;
      }
      await writeAudit(db, {
        municipalityId: m,
        actor: 'staff-directory',
        action: 'staff_user.directory_linked',
        subject: user.id,
        details: { issuer: identity.issuer, matchedOn: r.match_claim },
      });
      return { ok: true, principal: principal(m, user), provisioned: false };
    }

    if (!r.auto_provision) return { ok: false, reason: 'unknownUser', identifiedAs: value };
    const created = await db
      .insertInto('staff_user')
      .values({
        municipality_id: m,
        username: value,
        name: identity.name ?? value,
        email: identity.email,
        oidc_subject: subjectKey(identity),
        roles: r.provision_roles.filter((role) => (PROVISIONABLE_ROLES as readonly string[]).includes(role)),
      })
      .onConflict((oc) => oc.doNothing())
      .returning(columns)
      .executeTakeFirst();
    if (!created) return { ok: false, reason: 'conflict', identifiedAs: value };
    await writeAudit(db, {
      municipalityId: m,
      actor: 'staff-directory',
      action: 'staff_user.provisioned',
      subject: created.id,
      details: { issuer: identity.issuer, roles: created.roles },
    });
    return { ok: true, principal: principal(m, created), provisioned: true };
  }

  return {
    redirectUriFor,

    async settings(municipalityId: string): Promise<StaffDirectorySettings | undefined> {
      const r = await row(municipalityId);
      return r && toSettings(r);
    },

    /** What the login page needs: the button's name, or undefined when there is no directory. */
    async displayName(municipalityId: string): Promise<string | undefined> {
      const r = await db
        .selectFrom('staff_directory')
        .select('display_name')
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      return r?.display_name;
    },

    /**
     * Sets (or replaces) the municipality's directory. Admin use; `actor`
     * names who did it in the audit log (e.g. `staff:<id>`, `cli`).
     */
    async configure(
      municipalityId: string,
      input: StaffDirectoryInput,
      actor: string,
    ): Promise<ConfigureResult> {
      const existing = await row(municipalityId);
      const problems = validate(input, existing !== undefined);
      if (problems.length > 0) return { ok: false, problems };
      const values = {
        display_name: input.displayName.trim(),
        issuer: input.issuer.trim(),
        client_id: input.clientId.trim(),
        client_secret_sealed:
          input.clientSecret !== undefined
            ? box.seal(input.clientSecret.trim(), municipalityId)
            : (existing?.client_secret_sealed ?? ''),
        match_claim: input.matchClaim ?? 'email',
        auto_provision: input.autoProvision ?? false,
        provision_roles: input.provisionRoles ?? ['officer'],
        updated_at: new Date(),
      };
      const saved = await db
        .insertInto('staff_directory')
        .values({ municipality_id: municipalityId, ...values })
        .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(db, {
        municipalityId,
        actor,
        action: existing ? 'staff_directory.updated' : 'staff_directory.created',
        details: {
          issuer: values.issuer,
          clientId: values.client_id,
          matchClaim: values.match_claim,
          autoProvision: values.auto_provision,
          provisionRoles: values.provision_roles,
          secretChanged: input.clientSecret !== undefined,
        },
      });
      return { ok: true, settings: toSettings(saved) };
    },

    /** Turns directory login off; local accounts and their links stay. */
    async remove(municipalityId: string, actor: string): Promise<boolean> {
      const r = await db
        .deleteFrom('staff_directory')
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      clients.delete(municipalityId);
      const removed = Number(r.numDeletedRows) > 0;
      if (removed) await writeAudit(db, { municipalityId, actor, action: 'staff_directory.removed' });
      return removed;
    },

    /** Forgets a staff account's directory link, e.g. after a mistaken match. */
    async unlink(municipalityId: string, staffUserId: string, actor: string): Promise<void> {
      await db
        .updateTable('staff_user')
        .set({ oidc_subject: null })
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', staffUserId)
        .execute();
      await writeAudit(db, {
        municipalityId,
        actor,
        action: 'staff_user.directory_unlinked',
        subject: staffUserId,
      });
    },

    async startLogin(
      municipality: { id: string; hostName: string | null },
      input: { returnTo: string; lang?: string },
    ): Promise<StartDirectoryLoginResult> {
      const r = await row(municipality.id);
      if (!r) return { ok: false, reason: 'notConfigured' };
      const redirectUri = redirectUriFor(municipality);
      try {
        const { redirectUrl, checks } = await clientFor(r, redirectUri).start({ lang: input.lang });
        return {
          ok: true,
          redirectUrl,
          pending: { ...checks, municipalityId: municipality.id, redirectUri, returnTo: input.returnTo },
        };
      } catch (err) {
        if (err instanceof IdentityError) return { ok: false, reason: 'unavailable', detail: describe(err) };
        throw err;
      }
    },

    /** Checks the directory's answer at our callback URL and finds the staff account. */
    async finishLogin(callbackUrl: URL, pending: PendingDirectoryLogin): Promise<DirectoryLoginResult> {
      const r = await row(pending.municipalityId);
      if (!r) return { ok: false, reason: 'notConfigured' };
      let identity: DirectoryIdentity;
      try {
        identity = await clientFor(r, pending.redirectUri).finish(callbackUrl, pending);
      } catch (err) {
        if (!(err instanceof IdentityError)) throw err;
        await recordFailure(r.municipality_id);
        const reason = err.code === 'invalid_identity' ? 'rejected' : err.code;
        return { ok: false, reason, detail: describe(err) };
      }
      const result = await matchAccount(r, identity);
      if (!result.ok) await recordFailure(r.municipality_id);
      return result;
    },
  };
}

export type StaffDirectoryService = ReturnType<typeof createStaffDirectoryService>;
