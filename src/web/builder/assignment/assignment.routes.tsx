import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import { fromJsonLogic } from '../../../domain/builder/condition-rows.ts';
import type { AssignmentRule } from '../../../domain/cases/assignment-rules.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { href } from '../../ui/page-context.ts';
import { eServiceOf, staffOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';
import {
  ASSIGNMENT_ACTIONS,
  AssignmentPage,
  type RuleFormValues,
  RulePage,
  splitRules,
} from './assignment-page.tsx';
import { checkRule, MAX_ROWS, problemText, readRule, savedRuleErrors, withOtherwise } from './rule-form.ts';
import {
  conditionWords,
  type NamedTarget,
  normaliseValue,
  questionsOf,
  targetName,
  targetOf,
  targetValue,
} from './rule-words.ts';
import { AssignmentStalePage } from './stale-page.tsx';

export interface AssignmentRouteDeps {
  config: Config;
  services: Services;
}

const BASE = '/handlaggare/bygg/:eServiceId';
const DONE = ['ruleAdded', 'ruleChanged', 'moved', 'deleted', 'otherwiseSaved'] as const;

/**
 * Automatic assignment (/tilldelning): the ordered rules of an e-service,
 * one rule's conditions and target (/tilldelning/regel[?nr=N]), moving,
 * deleting and the "otherwise" rule. Every save carries the revision of the
 * rules it was made on; a save over someone else's is refused.
 */
export function registerAssignmentRoutes(
  app: FastifyInstance,
  { config, services }: AssignmentRouteDeps,
): void {
  const preHandler = requireStaff(services, 'developer');

  async function load(req: FastifyRequest) {
    const m = staffOf(req).municipalityId;
    const e = await eServiceOf(services, req);
    const [settings, assignable] = await Promise.all([
      services.builderAssignment.load(m, e.id),
      services.builderHandlers.assignable(m, e.id),
    ]);
    if (!settings || !assignable) throw notFound();
    const targets: NamedTarget[] = assignable;
    return { m, e, settings, targets, questions: questionsOf(settings.version?.definition) };
  }
  type Loaded = Awaited<ReturnType<typeof load>>;

  const common = (req: FastifyRequest, reply: FastifyReply, l: Loaded, errors: FieldError[]) => {
    const ctx = pageContext(req, reply, config, 'staff');
    return {
      ctx,
      eServiceId: l.e.id,
      serviceName: l.e.name[ctx.lang] || l.e.name.sv,
      revision: l.settings.revision,
      questions: l.questions,
      versionNumber: l.settings.version?.number,
      targets: l.targets,
      errors,
    };
  };

  function showList(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    l: Loaded,
    opts: { errors?: FieldError[]; notice?: string; otherwiseValue?: string } = {},
  ) {
    return sendPage(
      reply,
      status,
      <AssignmentPage
        {...common(req, reply, l, opts.errors ?? [])}
        rules={l.settings.rules}
        notice={opts.notice}
        otherwiseValue={opts.otherwiseValue}
      />,
    );
  }

  function showRule(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    l: Loaded,
    nr: number | undefined,
    values: RuleFormValues,
    errors: FieldError[] = [],
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const stored = nr === undefined ? undefined : splitRules(l.settings.rules).ordered[nr - 1];
    const unshown =
      stored && fromJsonLogic(stored.when) === undefined
        ? conditionWords(ctx.t, l.questions, stored)
        : undefined;
    return sendPage(
      reply,
      status,
      <RulePage {...common(req, reply, l, errors)} nr={nr} values={values} unshownCondition={unshown} />,
    );
  }

  function showStale(req: FastifyRequest, reply: FastifyReply, l: Loaded) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(reply, 409, <AssignmentStalePage ctx={ctx} eServiceId={l.e.id} />);
  }

  /** A post that is not one of the page's own (missing or malformed fields): a clear error, nothing changed. */
  const unreadable = (req: FastifyRequest, reply: FastifyReply, l: Loaded) =>
    showList(req, reply, 422, l, {
      errors: [
        {
          field: 'rules',
          href: '#rules',
          message: pageContext(req, reply, config, 'staff').t.t('builderOff.error.badRequest'),
        },
      ],
    });

  const listUrl = (req: FastifyRequest, l: Loaded, done: (typeof DONE)[number]) =>
    `${href({ basePath: req.basePath }, builderPath(l.e.id, ASSIGNMENT_ACTIONS.page))}?klart=${done}`;

  /** A 1-based rule number among the ordered rules (not the otherwise rule), or undefined. */
  function ruleNumber(raw: unknown, l: Loaded): number | undefined {
    if (typeof raw !== 'string' || !/^[0-9]{1,4}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= 1 && n <= splitRules(l.settings.rules).ordered.length ? n : undefined;
  }

  async function save(
    req: FastifyRequest,
    l: Loaded,
    rules: AssignmentRule[],
    revision: string,
    detail: { change: string; [k: string]: string | number },
  ) {
    const staff = staffOf(req);
    return services.builderAssignment.save(l.m, l.e.id, rules, staff, { expectedRevision: revision, detail });
  }

  app.get(`${BASE}${ASSIGNMENT_ACTIONS.page}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const done = (req.query as { klart?: string }).klart;
    const notice = (DONE as readonly string[]).includes(done ?? '')
      ? t.t(`builderOff.assignDone.${done as (typeof DONE)[number]}`)
      : undefined;
    return showList(req, reply, 200, l, notice ? { notice } : {});
  });

  app.get(`${BASE}${ASSIGNMENT_ACTIONS.rule}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const raw = (req.query as { nr?: unknown }).nr;
    if (raw === undefined) {
      return showRule(req, reply, 200, l, undefined, {
        match: 'all',
        rows: [{ key: '', operator: 'equals', value: '' }],
        target: '',
      });
    }
    const nr = ruleNumber(raw, l);
    const rule = nr === undefined ? undefined : splitRules(l.settings.rules).ordered[nr - 1];
    if (!rule) throw notFound();
    const form = fromJsonLogic(rule.when);
    const rows = form?.rows.length ? form.rows : [{ key: '', operator: 'equals' as const, value: '' }];
    return showRule(req, reply, 200, l, nr, {
      match: form?.match ?? 'all',
      rows: rows.map((r) => ({ ...r })),
      target: targetValue(rule.target),
    });
  });

  app.post(`${BASE}${ASSIGNMENT_ACTIONS.rule}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { fields } = await readPostedForm(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const rawNr = postedString(fields, 'nr');
    const nr = rawNr === '' ? undefined : ruleNumber(rawNr, l);
    if (rawNr !== '' && nr === undefined) throw notFound();
    const values = readRule(fields);
    const action = postedString(fields, 'action');
    if (action === 'addRow' || action === 'refresh') {
      // An option typed by its text is shown chosen in the option list.
      for (const row of values.rows) {
        row.value = normaliseValue(
          l.questions.find((q) => q.key === row.key),
          row.value,
        );
      }
      if (action === 'addRow' && values.rows.length < MAX_ROWS)
        values.rows.push({ key: '', operator: 'equals', value: '' });
      return showRule(req, reply, 200, l, nr, values);
    }

    const { errors, when, target } = checkRule(t, values, l.questions, l.settings.version?.definition);
    if (errors.length > 0 || when === null || !target)
      return showRule(req, reply, 422, l, nr, values, errors);

    const { ordered, otherwise } = splitRules(l.settings.rules);
    const rule: AssignmentRule = { when, target };
    const index = nr === undefined ? ordered.length : nr - 1;
    if (nr === undefined) ordered.push(rule);
    else ordered[index] = rule;
    const result = await save(req, l, withOtherwise(ordered, otherwise), postedString(fields, 'revision'), {
      change: nr === undefined ? 'assignmentRuleAdded' : 'assignmentRuleChanged',
      number: index + 1,
      target: targetName(t, target, l.targets),
    });
    if (result.ok)
      return reply.redirect(listUrl(req, l, nr === undefined ? 'ruleAdded' : 'ruleChanged'), 303);
    if (result.reason === 'notFound') throw notFound();
    if (result.reason === 'stale') return showStale(req, reply, l);
    errors.push(...savedRuleErrors(t, result.problems, index, values));
    return showRule(req, reply, 422, l, nr, values, errors);
  });

  /** Saves a list made from the stored one; problems go to the list page's error summary. */
  async function saveList(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    rules: AssignmentRule[],
    done: (typeof DONE)[number],
    detail: { change: string; [k: string]: string | number },
    revision: string,
    field = 'rules',
    otherwiseValue?: string,
  ) {
    const result = await save(req, l, rules, revision, detail);
    if (result.ok) return reply.redirect(listUrl(req, l, done), 303);
    if (result.reason === 'notFound') throw notFound();
    if (result.reason === 'stale') return showStale(req, reply, l);
    const t = pageContext(req, reply, config, 'staff').t;
    const errors = result.problems.map((p) => ({
      field,
      href: field === 'rules' ? '#rules' : '#otherwise-target',
      message: t.t('builderOff.error.otherRule', { number: p.index + 1, problem: problemText(t, p) }),
    }));
    return showList(req, reply, 422, l, {
      errors,
      ...(otherwiseValue !== undefined ? { otherwiseValue } : {}),
    });
  }

  app.post(`${BASE}${ASSIGNMENT_ACTIONS.move}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { fields } = await readPostedForm(req);
    const rawNr = postedString(fields, 'nr');
    const direction = postedString(fields, 'direction');
    if (!/^[0-9]{1,4}$/.test(rawNr) || (direction !== 'up' && direction !== 'down'))
      return unreadable(req, reply, l);
    const nr = ruleNumber(rawNr, l);
    const { ordered, otherwise } = splitRules(l.settings.rules);
    if (nr === undefined) throw notFound();
    const from = nr - 1;
    const to = direction === 'up' ? from - 1 : from + 1;
    const moving = ordered[from];
    const other = ordered[to];
    if (!moving || !other) throw notFound();
    ordered[to] = moving;
    ordered[from] = other;
    return saveList(
      req,
      reply,
      l,
      withOtherwise(ordered, otherwise),
      'moved',
      {
        change: 'assignmentRuleMoved',
        from: from + 1,
        to: to + 1,
      },
      postedString(fields, 'revision'),
    );
  });

  app.post(`${BASE}${ASSIGNMENT_ACTIONS.remove}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { fields } = await readPostedForm(req);
    const rawNr = postedString(fields, 'nr');
    if (!/^[0-9]{1,4}$/.test(rawNr)) return unreadable(req, reply, l);
    const nr = ruleNumber(rawNr, l);
    if (nr === undefined) throw notFound();
    const { ordered, otherwise } = splitRules(l.settings.rules);
    const [removed] = ordered.splice(nr - 1, 1);
    const t = pageContext(req, reply, config, 'staff').t;
    return saveList(
      req,
      reply,
      l,
      withOtherwise(ordered, otherwise),
      'deleted',
      {
        change: 'assignmentRuleDeleted',
        number: nr,
        target: removed ? targetName(t, removed.target, l.targets) : '',
      },
      postedString(fields, 'revision'),
    );
  });

  app.post(`${BASE}${ASSIGNMENT_ACTIONS.otherwise}`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { fields } = await readPostedForm(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const raw = postedString(fields, 'target');
    const { ordered } = splitRules(l.settings.rules);
    if (raw === '') {
      return saveList(
        req,
        reply,
        l,
        ordered,
        'otherwiseSaved',
        { change: 'assignmentOtherwiseRemoved' },
        postedString(fields, 'revision'),
        'target',
        raw,
      );
    }
    const target = targetOf(raw);
    if (!target) {
      return showList(req, reply, 422, l, {
        errors: [{ field: 'target', href: '#otherwise-target', message: t.t('builderOff.error.target') }],
        otherwiseValue: raw,
      });
    }
    return saveList(
      req,
      reply,
      l,
      [...ordered, { when: true, target }],
      'otherwiseSaved',
      { change: 'assignmentOtherwiseSet', target: targetName(t, target, l.targets) },
      postedString(fields, 'revision'),
      'target',
      raw,
    );
  });
}
