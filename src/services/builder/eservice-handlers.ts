/**
 * Who handles an e-service (issue 7, item 5): the people and officer groups
 * that see its cases, each possibly restricted ("begränsad handläggare":
 * sees only the cases assigned to them). The builder's /behorighet page uses
 * this; every change is audited as `eservice.settings.saved` with a `change`
 * the e-service's history puts in words.
 *
 * Everything is looked up within one municipality: a person or group of
 * another is simply unknown.
 */
import type { Db } from '../../db/database.ts';
import { type AssignmentRule, parseAssignmentRules } from '../../domain/cases/assignment-rules.ts';
import { isStaffRole, type StaffRole } from '../../domain/staff/roles.ts';
import { isUuid } from '../drafts/drafts.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export type HandlerKind = 'user' | 'group';

export interface HandlerRef {
  kind: HandlerKind;
  /** The staff user's or the group's id. */
  id: string;
}

export interface EServiceHandler extends HandlerRef {
  name: string;
  /** The person's user name; undefined for a group. */
  username?: string;
  /** The person's roles; empty for a group. */
  roles: StaffRole[];
  /** How many people the group has; undefined for a person. */
  memberCount?: number;
  /** Sees only the cases assigned to them. */
  restricted: boolean;
  /** A person who has been deactivated since (still listed, so they can be removed). */
  inactive?: boolean;
}

export interface HandlerCandidates {
  /** Active staff with the officer role (admins included) who do not handle the e-service yet. */
  people: { id: string; name: string; username: string }[];
  /** The municipality's groups that do not handle the e-service yet. */
  groups: { id: string; name: string; memberCount: number }[];
}

export type HandlerRefusal =
  | { ok: false; reason: 'notFound' }
  /** Not an active person of this municipality. */
  | { ok: false; reason: 'unknownUser' }
  /** A person without the officer role. */
  | { ok: false; reason: 'notOfficer' }
  | { ok: false; reason: 'unknownGroup' }
  | { ok: false; reason: 'alreadyHandler' }
  /** Not one of the e-service's handlers. */
  | { ok: false; reason: 'notHandler' }
  /** Removing would leave nobody to handle the e-service; repeat with `confirmed`. */
  | { ok: false; reason: 'lastHandler' }
  /** An assignment rule gives cases to this person or group (or to someone only handling through it). */
  | { ok: false; reason: 'ruleTarget'; ruleIndex: number; rule: AssignmentRule };

export type HandlerResult = { ok: true } | HandlerRefusal;

const refuse = <R extends HandlerRefusal['reason']>(reason: R) => ({ ok: false as const, reason });

export function createEServiceHandlerService(db: Db) {
  async function eServiceExists(m: string, eServiceId: string): Promise<boolean> {
    if (!isUuid(eServiceId)) return false;
    const e = await db
      .selectFrom('e_service')
      .select('id')
      .where('municipality_id', '=', m)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    return e !== undefined;
  }

  async function rows(m: string, eServiceId: string) {
    return db
      .selectFrom('e_service_officer')
      .select(['id', 'user_id', 'group_id', 'restricted'])
      .where('municipality_id', '=', m)
      .where('e_service_id', '=', eServiceId)
      .orderBy('id')
      .execute();
  }

  /** The people and groups handling the e-service, people first, by name; undefined when there is no such e-service. */
  async function handlers(m: string, eServiceId: string): Promise<EServiceHandler[] | undefined> {
    if (!(await eServiceExists(m, eServiceId))) return undefined;
    const people = await db
      .selectFrom('e_service_officer as o')
      .innerJoin('staff_user as u', 'u.id', 'o.user_id')
      .select(['u.id', 'u.name', 'u.username', 'u.roles', 'u.active', 'o.restricted'])
      .where('o.municipality_id', '=', m)
      .where('u.municipality_id', '=', m)
      .where('o.e_service_id', '=', eServiceId)
      .orderBy('u.name')
      .execute();
    const groups = await db
      .selectFrom('e_service_officer as o')
      .innerJoin('officer_group as g', 'g.id', 'o.group_id')
      .select(['g.id', 'g.name', 'o.restricted'])
      .select((eb) =>
        eb
          .selectFrom('officer_group_member as gm')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('gm.group_id', '=', 'g.id')
          .as('members'),
      )
      .where('o.municipality_id', '=', m)
      .where('g.municipality_id', '=', m)
      .where('o.e_service_id', '=', eServiceId)
      .orderBy('g.name')
      .execute();
    return [
      ...people.map(
        (p): EServiceHandler => ({
          kind: 'user',
          id: p.id,
          name: p.name,
          username: p.username,
          roles: p.roles.filter(isStaffRole),
          restricted: p.restricted,
          ...(p.active ? {} : { inactive: true }),
        }),
      ),
      ...groups.map(
        (g): EServiceHandler => ({
          kind: 'group',
          id: g.id,
          name: g.name,
          roles: [],
          memberCount: Number(g.members ?? 0),
          restricted: g.restricted,
        }),
      ),
    ];
  }

  /**
   * Whom an assignment rule may give cases to: the people and groups handling
   * the e-service and the (active) members of those groups, people first.
   */
  async function assignable(
    m: string,
    eServiceId: string,
  ): Promise<{ kind: HandlerKind; id: string; name: string }[] | undefined> {
    const list = await handlers(m, eServiceId);
    if (!list) return undefined;
    const people = new Map(list.filter((h) => h.kind === 'user' && !h.inactive).map((h) => [h.id, h.name]));
    const groupIds = list.filter((h) => h.kind === 'group').map((h) => h.id);
    if (groupIds.length > 0) {
      const members = await db
        .selectFrom('officer_group_member as gm')
        .innerJoin('staff_user as u', 'u.id', 'gm.user_id')
        .select(['u.id', 'u.name'])
        .where('gm.group_id', 'in', groupIds)
        .where('u.municipality_id', '=', m)
        .where('u.active', '=', true)
        .execute();
      for (const u of members) people.set(u.id, u.name);
    }
    return [
      ...[...people]
        .map(([id, name]) => ({ kind: 'user' as const, id, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      ...list
        .filter((h) => h.kind === 'group')
        .map((h) => ({ kind: 'group' as const, id: h.id, name: h.name })),
    ];
  }

  /** Who could be added; undefined when there is no such e-service. */
  async function candidates(m: string, eServiceId: string): Promise<HandlerCandidates | undefined> {
    const current = await handlers(m, eServiceId);
    if (!current) return undefined;
    const taken = new Set(current.map((h) => `${h.kind}:${h.id}`));
    const people = await db
      .selectFrom('staff_user')
      .select(['id', 'name', 'username', 'roles'])
      .where('municipality_id', '=', m)
      .where('active', '=', true)
      .orderBy('name')
      .execute();
    const groups = await db
      .selectFrom('officer_group as g')
      .select(['g.id', 'g.name'])
      .select((eb) =>
        eb
          .selectFrom('officer_group_member as gm')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('gm.group_id', '=', 'g.id')
          .as('members'),
      )
      .where('g.municipality_id', '=', m)
      .orderBy('g.name')
      .execute();
    return {
      people: people
        .filter(
          (p) => (p.roles.includes('officer') || p.roles.includes('admin')) && !taken.has(`user:${p.id}`),
        )
        .map((p) => ({ id: p.id, name: p.name, username: p.username })),
      groups: groups
        .filter((g) => !taken.has(`group:${g.id}`))
        .map((g) => ({ id: g.id, name: g.name, memberCount: Number(g.members ?? 0) })),
    };
  }

  /** The person's or group's name, when it is this municipality's (and, for a person, active with the officer role). */
  async function targetName(
    m: string,
    ref: HandlerRef,
  ): Promise<{ ok: true; name: string } | HandlerRefusal> {
    if (!isUuid(ref.id)) return refuse(ref.kind === 'user' ? 'unknownUser' : 'unknownGroup');
    if (ref.kind === 'user') {
      const u = await db
        .selectFrom('staff_user')
        .select(['name', 'roles'])
        .where('municipality_id', '=', m)
        .where('id', '=', ref.id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!u) return refuse('unknownUser');
      if (!u.roles.includes('officer') && !u.roles.includes('admin')) return refuse('notOfficer');
      return { ok: true, name: u.name };
    }
    const g = await db
      .selectFrom('officer_group')
      .select('name')
      .where('municipality_id', '=', m)
      .where('id', '=', ref.id)
      .executeTakeFirst();
    return g ? { ok: true, name: g.name } : refuse('unknownGroup');
  }

  const matches = (ref: HandlerRef) => (r: { user_id: string | null; group_id: string | null }) =>
    ref.kind === 'user' ? r.user_id === ref.id : r.group_id === ref.id;

  async function add(
    m: string,
    eServiceId: string,
    ref: HandlerRef,
    restricted: boolean,
    actor: BuilderActor,
  ): Promise<HandlerResult> {
    if (!(await eServiceExists(m, eServiceId))) return refuse('notFound');
    const target = await targetName(m, ref);
    if (!target.ok) return target;
    if ((await rows(m, eServiceId)).some(matches(ref))) return refuse('alreadyHandler');
    await db
      .insertInto('e_service_officer')
      .values({
        municipality_id: m,
        e_service_id: eServiceId,
        user_id: ref.kind === 'user' ? ref.id : null,
        group_id: ref.kind === 'group' ? ref.id : null,
        restricted,
      })
      .execute();
    await auditBuilderChange(db, m, eServiceId, actor, 'eservice.settings.saved', {
      change: ref.kind === 'user' ? 'officerAdded' : 'officerGroupAdded',
      name: target.name,
      [ref.kind === 'user' ? 'userId' : 'groupId']: ref.id,
      restricted,
    });
    return { ok: true };
  }

  /** The handler's name as listed (works for a person deactivated since). */
  async function listedName(m: string, eServiceId: string, ref: HandlerRef): Promise<string | undefined> {
    return (await handlers(m, eServiceId))?.find((h) => h.kind === ref.kind && h.id === ref.id)?.name;
  }

  async function setRestricted(
    m: string,
    eServiceId: string,
    ref: HandlerRef,
    restricted: boolean,
    actor: BuilderActor,
  ): Promise<HandlerResult> {
    if (!(await eServiceExists(m, eServiceId))) return refuse('notFound');
    if (!isUuid(ref.id)) return refuse('notHandler');
    const row = (await rows(m, eServiceId)).find(matches(ref));
    if (!row) return refuse('notHandler');
    if (row.restricted === restricted) return { ok: true };
    await db
      .updateTable('e_service_officer')
      .set({ restricted })
      .where('municipality_id', '=', m)
      .where('id', '=', row.id)
      .execute();
    await auditBuilderChange(db, m, eServiceId, actor, 'eservice.settings.saved', {
      change: restricted ? 'officerRestricted' : 'officerUnrestricted',
      name: (await listedName(m, eServiceId, ref)) ?? ref.id,
      [ref.kind === 'user' ? 'userId' : 'groupId']: ref.id,
    });
    return { ok: true };
  }

  /**
   * Removes a person or group from the e-service. Refused when an assignment
   * rule would then give cases to someone who no longer handles it (the rule
   * must be changed first), and, unless `confirmed`, when nobody would be left.
   */
  /** Whether a rule's target would still see the cases with these handler rows. */
  async function handledBy(
    list: readonly { user_id: string | null; group_id: string | null }[],
    admins: ReadonlySet<string>,
  ): Promise<(rule: AssignmentRule) => boolean> {
    const groups = new Set(list.flatMap((r) => (r.group_id ? [r.group_id] : [])));
    const users = new Set(list.flatMap((r) => (r.user_id ? [r.user_id] : [])));
    if (groups.size > 0) {
      const members = await db
        .selectFrom('officer_group_member')
        .select('user_id')
        .where('group_id', 'in', [...groups])
        .execute();
      for (const x of members) users.add(x.user_id);
    }
    return (rule) =>
      rule.target.kind === 'user'
        ? users.has(rule.target.userId) || admins.has(rule.target.userId)
        : groups.has(rule.target.groupId);
  }

  async function remove(
    m: string,
    eServiceId: string,
    ref: HandlerRef,
    actor: BuilderActor,
    opts: { confirmed?: boolean } = {},
  ): Promise<HandlerResult> {
    if (!(await eServiceExists(m, eServiceId))) return refuse('notFound');
    if (!isUuid(ref.id)) return refuse('notHandler');
    const all = await rows(m, eServiceId);
    const row = all.find(matches(ref));
    if (!row) return refuse('notHandler');
    const rest = all.filter((r) => r.id !== row.id);

    const stored = await db
      .selectFrom('e_service')
      .select('assignment_rules')
      .where('municipality_id', '=', m)
      .where('id', '=', eServiceId)
      .executeTakeFirstOrThrow();
    const parsed = parseAssignmentRules(stored.assignment_rules);
    const rules = parsed.ok ? parsed.value : [];
    if (rules.length > 0) {
      const admins = new Set(
        (await db.selectFrom('staff_user').select(['id', 'roles']).where('municipality_id', '=', m).execute())
          .filter((u) => u.roles.includes('admin'))
          .map((u) => u.id),
      );
      const before = await handledBy(all, admins);
      const after = await handledBy(rest, admins);
      for (const [ruleIndex, rule] of rules.entries()) {
        if (before(rule) && !after(rule)) return { ok: false, reason: 'ruleTarget', ruleIndex, rule };
      }
    }
    if (rest.length === 0 && !opts.confirmed) return refuse('lastHandler');

    const name = (await listedName(m, eServiceId, ref)) ?? ref.id;
    await db
      .deleteFrom('e_service_officer')
      .where('municipality_id', '=', m)
      .where('id', '=', row.id)
      .execute();
    await auditBuilderChange(db, m, eServiceId, actor, 'eservice.settings.saved', {
      change: ref.kind === 'user' ? 'officerRemoved' : 'officerGroupRemoved',
      name,
      [ref.kind === 'user' ? 'userId' : 'groupId']: ref.id,
      ...(rest.length === 0 ? { leftNone: true } : {}),
    });
    return { ok: true };
  }

  return { handlers, assignable, candidates, add, setRestricted, remove };
}

export type EServiceHandlerService = ReturnType<typeof createEServiceHandlerService>;
