import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import { type ConditionForm, fromJsonLogic } from '../../../domain/builder/condition-rows.ts';
import { inspectRule } from '../../../domain/forms/conditions.ts';
import type { FormDefinition, JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import type { Services } from '../../../services/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { registerComputedRoutes } from './computed.routes.tsx';
import { readRows, rulesOfTyped, sectionHeading, withRules } from './condition-rules.ts';
import {
  type AdvancedValues,
  ConditionsPage,
  jsonField,
  matchField,
  type RowsValues,
  type Section,
  type SectionValues,
} from './conditions-page.tsx';
import { framePropsOf, readRulePost, saveQuestion, viewOfQuery } from './rule-post.tsx';
import {
  field,
  type LoadedQuestion,
  laterKeys,
  loadQuestion,
  MAX_ROWS,
  schemaProblemText,
} from './shared.ts';

export interface ConditionRouteDeps {
  config: Config;
  services: Services;
}

const PATH = '/handlaggare/bygg/:eServiceId/versioner/:versionId/fragor/:questionId/villkor';

const sectionsOf = (q: Question): Section[] =>
  q.type !== 'info' && q.type !== 'computed' ? ['visible', 'required'] : ['visible'];

function ruleOf(q: Question, s: Section): JsonLogicRule | undefined {
  if (s === 'visible') return q.visibleWhen;
  return 'requiredWhen' in q ? q.requiredWhen : undefined;
}

function rowsOf(form: ConditionForm): SectionValues {
  return {
    match: form.match,
    rows: form.rows.map((r) => ({ key: r.key, operator: r.operator, value: r.value })),
  };
}

const pretty = (rule: JsonLogicRule | undefined) => (rule === undefined ? '' : JSON.stringify(rule, null, 2));

/** Question keys the rules read that come after the question in the form. */
function laterReads(
  definition: FormDefinition,
  loaded: LoadedQuestion,
  rules: (JsonLogicRule | undefined)[],
) {
  const later = laterKeys(definition, loaded.at);
  const keys = new Set<string>();
  for (const r of rules) {
    if (r === undefined) continue;
    for (const ref of inspectRule(r).references) if (later.has(ref.key)) keys.add(ref.key);
  }
  return [...keys];
}

/**
 * The condition page of a question (issue 7, item 3): "Visas när" and
 * "Obligatorisk när" as rows of question – operator – value, or as raw JSON
 * Logic in the advanced view. Saves only drafts; published versions are read-only.
 */
export function registerConditionRoutes(
  app: FastifyInstance,
  { config, services }: ConditionRouteDeps,
): void {
  const preHandler = requireStaff(services, 'developer');
  registerComputedRoutes(app, { config, services });

  interface View {
    status: number;
    mode: 'rows' | 'advanced';
    rows?: RowsValues;
    advanced?: AdvancedValues;
    errors?: FieldError[];
    saved?: boolean;
    /** Rules to warn about (what was typed); the stored ones otherwise. */
    rules?: (JsonLogicRule | undefined)[];
  }

  function render(req: FastifyRequest, reply: FastifyReply, loaded: LoadedQuestion, view: View) {
    const ctx = pageContext(req, reply, config, 'staff');
    const { question, version } = loaded;
    const sections = sectionsOf(question);
    const stored = {
      visible: fromJsonLogic(ruleOf(question, 'visible')),
      required: fromJsonLogic(ruleOf(question, 'required')),
    };
    const notRows = sections.some((s) => stored[s] === undefined);
    const empty: SectionValues = { match: 'all', rows: [] };
    const rows: RowsValues = view.rows ?? {
      visible: stored.visible ? rowsOf(stored.visible) : empty,
      required: stored.required ? rowsOf(stored.required) : empty,
    };
    const advanced: AdvancedValues = view.advanced ?? {
      visible: pretty(ruleOf(question, 'visible')),
      required: pretty(ruleOf(question, 'required')),
    };
    const rules = view.rules ?? sections.map((s) => ruleOf(question, s));
    return sendPage(
      reply,
      view.status,
      <ConditionsPage
        {...framePropsOf(ctx, loaded)}
        sections={sections}
        mode={notRows ? 'advanced' : view.mode}
        rows={rows}
        advanced={advanced}
        notRows={notRows}
        laterKeys={laterReads(version.definition, loaded, rules)}
        errors={view.errors ?? []}
        saved={view.saved ?? false}
      />,
    );
  }

  app.get(PATH, { preHandler }, async (req, reply) => {
    const loaded = await loadQuestion(services, req, '/villkor');
    return render(req, reply, loaded, { status: 200, ...viewOfQuery(req) });
  });

  app.post(PATH, { preHandler }, async (req, reply) => {
    const loaded = await loadQuestion(services, req, '/villkor');
    const { question, version } = loaded;
    const post = await readRulePost(config, req, reply);
    const { t, fields, advancedMode, mode, action, revision } = post;
    const sections = sectionsOf(question);
    const headingOf = (s: Section) => sectionHeading(t, s);

    if (version.status !== 'draft') {
      return render(req, reply, loaded, {
        status: 409,
        mode,
        errors: [{ field: 'revision', href: '#main-content', message: t.t('builderCond.error.notDraft') }],
      });
    }

    // What was typed, kept whatever happens.
    const rows = readRows(fields);
    const advanced: AdvancedValues = {
      visible: (field(fields, jsonField('visible')) ?? '').replace(/\r\n/g, '\n'),
      required: (field(fields, jsonField('required')) ?? '').replace(/\r\n/g, '\n'),
    };
    const again = (status: number, errors: FieldError[], rules?: (JsonLogicRule | undefined)[]) =>
      render(
        req,
        reply,
        loaded,
        advancedMode ? { status, mode, advanced, errors, rules } : { status, mode, rows, errors, rules },
      );

    if (revision === undefined) {
      return again(422, [
        { field: 'revision', href: '#main-content', message: t.t('builderCond.error.malformed') },
      ]);
    }

    if (!advancedMode) {
      const add = /^addRow:(visible|required)$/.exec(action);
      const remove = /^removeRow:(visible|required):(\d+)$/.exec(action);
      if (add) {
        const s = add[1] as Section;
        if (rows[s].rows.length >= MAX_ROWS)
          return again(422, [
            { field: matchField(s), message: t.t('builderCond.error.tooMany', { max: MAX_ROWS }) },
          ]);
        rows[s].rows.push({ key: '', operator: 'equals', value: '' });
        return again(200, []);
      }
      if (remove) {
        rows[remove[1] as Section].rows.splice(Number(remove[2]), 1);
        return again(200, []);
      }
      if (action === 'refresh') return again(200, []);
    }

    // Turn what was typed into rules, one per section.
    const typed = advancedMode ? { advanced } : { rows };
    const { rules, errors } = rulesOfTyped(t, sections, typed, question, version.definition);
    if (errors.length > 0) return again(422, errors);

    const changed = withRules(question, sections, rules);
    const saved = await saveQuestion(
      { config, services },
      req,
      reply,
      loaded,
      { ...post, revision },
      changed,
      'conditionSaved',
    );
    if ('sent' in saved) return saved.sent;
    if ('invalid' in saved) {
      const typedRules = sections.map((s) => rules[s]);
      const own = `/steps/${loaded.at.step}/questions/${loaded.at.index}/`;
      const problemErrors = saved.invalid.map((p): FieldError => {
        const s: Section =
          p.path.startsWith(`${own}requiredWhen`) && sections.includes('required') ? 'required' : 'visible';
        const message = `${headingOf(s)}: ${schemaProblemText(t, p)}`;
        return advancedMode ? { field: jsonField(s), message } : { field: matchField(s), message };
      });
      return again(422, problemErrors, typedRules);
    }
    return again(409, [
      { field: 'revision', href: '#main-content', message: t.t('builderCond.error.notDraft') },
    ]);
  });
}
