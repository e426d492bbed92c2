import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addQuestion,
  addStep,
  deleteQuestion,
  deleteStep,
  type Edit,
  type EditRefusal,
  findQuestion,
  keysIn,
  moveQuestion,
  moveStep,
  type Reader,
  updateQuestion,
  updateStep,
} from '../../../domain/builder/definition-edits.ts';
import { storedAssignmentRules } from '../../../domain/cases/assignment-rules.ts';
import type { FormDefinition, Question } from '../../../domain/forms/definition.ts';
import type { Problem } from '../../../domain/forms/schema/problems.ts';
import type { BuilderVersion, SaveDetail } from '../../../services/builder/versions.ts';
import { notFound } from '../../errors.tsx';
import type { OfficerDeps } from '../../officer/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import { publishProblemText } from '../problem-text.ts';
import { type EditorLinks, editorLinks, questionAnchor, stepAnchor } from './editor-links.ts';
import {
  applyRowAction,
  buildQuestion,
  type FormProblem,
  formOf,
  MAX_LABEL,
  type QuestionForm,
  readQuestionForm,
} from './question-form.ts';
import { QuestionPage } from './question-page.tsx';
import { type Conflict, DeletePage, NewQuestionPage, RefusedPage, StepPage } from './small-pages.tsx';
import { type EditorNotice, StructurePage } from './structure-page.tsx';

const PATH = '/handlaggare/bygg/:eServiceId/versioner/:versionId';
const MAX_STEP_TITLE = 200;
const MAX_STEP_DESCRIPTION = 5000;
const DONE = ['stepAdded', 'stepSaved', 'stepDeleted', 'questionSaved', 'questionDeleted'] as const;

type Params = { eServiceId: string; versionId: string; stepId?: string; questionId?: string };

interface Loaded {
  m: string;
  actor: { id: string; name: string };
  serviceName: string;
  version: BuilderVersion;
  links: EditorLinks;
  editable: boolean;
  /** The e-service's automatic assignment rules (stored form): the keys they read are protected too. */
  rules: { assignmentRules?: unknown };
}

type SaveOutcome =
  | { ok: true }
  | { ok: false; conflict: Exclude<Conflict, null> }
  | { ok: false; problems: Problem[] };

/** Words for what reads a question, naming the question whose rule it is. */
export function readerText(t: Translator, def: FormDefinition, r: Reader): string {
  if (r.kind === 'assignment') return t.t('builderEd.reader.assignment', { rule: String(r.rule) });
  const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === r.questionKey);
  return t.t(`builderEd.reader.${r.role}`, { question: q?.label.sv ?? r.questionKey, key: r.questionKey });
}

/** A refusal in words: a heading and, for a question others read, the list of what reads it. */
export function refusalText(
  t: Translator,
  def: FormDefinition,
  e: EditRefusal,
): { heading: string; items: string[] } {
  if (e.code === 'readBy') {
    const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === e.key);
    return {
      heading: t.t('builderEd.refused.readBy', { question: q?.label.sv ?? e.key, key: e.key }),
      items: e.readers.map((r) => readerText(t, def, r)),
    };
  }
  return { heading: t.t(`builderEd.refused.${e.code}`), items: [] };
}

const WORDED = new Set([
  'duplicateKey',
  'duplicateOptionValue',
  'invalidOptionValue',
  'invalidKey',
  'minGreaterThanMax',
  'invalidPattern',
  'invalidDateBound',
  'invalidAutocomplete',
  'outOfRange',
  'missingSwedish',
]);

/** The field of the question settings form a schema problem is about (the label when none fits). */
function problemField(def: FormDefinition, questionId: string, p: Problem): string {
  let prefix = '';
  def.steps.forEach((s, i) => {
    s.questions.forEach((q, j) => {
      if (q.id === questionId) prefix = `/steps/${i}/questions/${j}`;
    });
  });
  if (!prefix || !p.path.startsWith(prefix)) return 'label';
  const rest = p.path.slice(prefix.length).split('/').filter(Boolean);
  const [first = 'label', second, third] = rest;
  if (first === 'options')
    return second === undefined
      ? 'addOption'
      : `options.${second}.${third === 'value' ? 'value' : third === 'hint' ? 'hint' : 'label'}`;
  if (first === 'questions')
    return second === undefined ? 'addColumn' : `columns.${second}.${third === 'key' ? 'key' : 'label'}`;
  if (first === 'maxSizeBytes') return 'maxSizeMb';
  if (first === 'fields') return 'contact.name';
  const known = [
    'label',
    'hint',
    'help',
    'key',
    'minLength',
    'maxLength',
    'pattern',
    'patternMessage',
    'autocomplete',
    'min',
    'max',
    'unit',
    'accept',
    'maxFiles',
    'minRows',
    'maxRows',
    'text',
    'decimals',
    'format',
  ];
  return known.includes(first) ? first : 'label';
}

export function problemMessage(t: Translator, p: Problem): string {
  if (WORDED.has(p.code)) {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {}))
      params[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return t.t(`builderEd.error.${p.code}` as MessageKey, params);
  }
  return publishProblemText(t, { code: 'schema', path: p.path, params: { ...p.params, problem: p.code } });
}

function formProblemText(t: Translator, p: FormProblem): string {
  return t.t(`builderEd.error.${p.code}` as MessageKey, p.params ?? {});
}

/**
 * The step and question editor of a version (issue 7, item 3), under
 * /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId. Every change is
 * saved with the revision the page was read at, so an overtaken page is
 * refused instead of undoing someone else's work.
 */
export function registerEditorRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'developer');

  async function load(req: FastifyRequest): Promise<Loaded> {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const { eServiceId, versionId } = req.params as Params;
    const m = staff.municipalityId;
    const version = await services.builderVersions.getVersion(m, eServiceId, versionId);
    if (!version) throw notFound();
    const e = await services.eServices.byId(m, eServiceId);
    if (!e) throw notFound();
    const assignment = await services.builderAssignment.load(m, eServiceId);
    return {
      rules: assignment ? { assignmentRules: storedAssignmentRules(assignment.rules) } : {},
      m,
      actor: { id: staff.id, name: staff.name },
      serviceName: e.name.sv,
      version,
      links: editorLinks(req.basePath, eServiceId, versionId),
      editable: version.status === 'draft',
    };
  }

  const stepOf = (l: Loaded, req: FastifyRequest) => {
    const { stepId } = req.params as Params;
    const step = l.version.definition.steps.find((s) => s.id === stepId);
    if (!step) throw notFound();
    return step;
  };
  const questionOf = (l: Loaded, req: FastifyRequest) => {
    const at = findQuestion(l.version.definition, (req.params as Params).questionId ?? '');
    if (!at) throw notFound();
    return at;
  };

  async function save(
    l: Loaded,
    posted: string,
    edit: Edit,
    detail: SaveDetail,
  ): Promise<SaveOutcome | EditRefusal> {
    if (!edit.ok) return edit.error;
    const r = await services.builderVersions.saveDraft(l.m, l.version.id, edit.value, l.actor, {
      expectedRevision: posted,
      detail,
    });
    if (r.ok) return { ok: true };
    if (r.reason === 'stale') return { ok: false, conflict: 'stale' };
    if (r.reason === 'notDraft') return { ok: false, conflict: 'notDraft' };
    if (r.reason === 'invalid') return { ok: false, problems: r.problems };
    throw notFound();
  }
  const isRefusal = (x: SaveOutcome | EditRefusal): x is EditRefusal => 'code' in x;

  async function fields(req: FastifyRequest) {
    const form = await readPostedForm(req);
    return {
      get: (name: string) => postedString(form.fields, name).replace(/\r\n/g, '\n'),
      all: form.fields,
    };
  }

  /** A structure-page action that did not happen: 404 for a tampered id, 409 with the reason otherwise. */
  function refused(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    outcome: Exclude<SaveOutcome, { ok: true }> | EditRefusal,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    let heading: string;
    let items: string[] = [];
    if (isRefusal(outcome)) {
      if (outcome.code === 'stepNotFound' || outcome.code === 'questionNotFound') throw notFound();
      ({ heading, items } = refusalText(t, l.version.definition, outcome));
    } else if ('conflict' in outcome) {
      heading = t.t(`builderEd.conflict.${outcome.conflict}`);
      if (outcome.conflict === 'stale') items = [t.t('builderEd.conflict.staleMove')];
    } else {
      heading = t.t('builderEd.refused.invalid');
      items = outcome.problems.map((p) => problemMessage(t, p));
    }
    return sendPage(
      reply,
      409,
      <RefusedPage ctx={ctx} heading={heading} items={items} back={l.links.version} />,
    );
  }

  // ---- the structure ----

  app.get(PATH, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const ctx = pageContext(req, reply, config, 'staff');
    const klart = (req.query as Record<string, unknown>).klart;
    const done = (DONE as readonly unknown[]).includes(klart) ? (klart as (typeof DONE)[number]) : null;
    const notice: EditorNotice | null = done
      ? { kind: 'success', heading: ctx.t.t(`builderEd.done.${done}`) }
      : null;
    return sendPage(
      reply,
      200,
      <StructurePage
        ctx={ctx}
        links={l.links}
        serviceName={l.serviceName}
        versionNumber={l.version.number}
        editable={l.editable}
        revision={l.version.revision}
        definition={l.version.definition}
        notice={notice}
      />,
    );
  });

  app.post(`${PATH}/steg/:stepId/flytta`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    const f = await fields(req);
    const direction = f.get('direction');
    if (direction !== 'up' && direction !== 'down') return refused(req, reply, l, { code: 'cannotMove' });
    const out = await save(l, f.get('revision'), moveStep(l.version.definition, step.id, direction), {
      change: 'stepMoved',
      title: step.title.sv,
      direction,
    });
    if (!isRefusal(out) && out.ok) return reply.redirect(`${l.links.version}#${stepAnchor(step.id)}`, 303);
    return refused(req, reply, l, out);
  });

  app.post(`${PATH}/fragor/:questionId/flytta`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { question } = questionOf(l, req);
    const f = await fields(req);
    const direction = f.get('direction');
    const def = l.version.definition;
    let edit: Edit;
    let detail: SaveDetail;
    if (direction === 'toStep') {
      const to = def.steps.find((s) => s.id === f.get('toStep'));
      if (!to) throw notFound();
      edit = moveQuestion(def, question.id, { toStepId: to.id });
      detail = { change: 'questionMovedToStep', key: question.key, step: to.title.sv };
    } else if (direction === 'up' || direction === 'down') {
      edit = moveQuestion(def, question.id, direction);
      detail = { change: 'questionMoved', key: question.key, direction };
    } else return refused(req, reply, l, { code: 'cannotMove' });
    const out = await save(l, f.get('revision'), edit, detail);
    if (!isRefusal(out) && out.ok)
      return reply.redirect(`${l.links.version}#${questionAnchor(question.id)}`, 303);
    return refused(req, reply, l, out);
  });

  // ---- steps ----

  function readStep(f: { get: (n: string) => string }, t: Translator) {
    const values = { title: f.get('title').trim(), description: f.get('description').trim() };
    const errors: FieldError[] = [];
    if (values.title === '')
      errors.push({ field: 'title', message: t.t('builderEd.error.stepTitleRequired') });
    else if (values.title.length > MAX_STEP_TITLE)
      errors.push({
        field: 'title',
        message: t.t('builderEd.error.tooLong', { max: String(MAX_STEP_TITLE) }),
      });
    if (values.description.length > MAX_STEP_DESCRIPTION)
      errors.push({
        field: 'description',
        message: t.t('builderEd.error.tooLong', { max: String(MAX_STEP_DESCRIPTION) }),
      });
    return { values, errors };
  }

  function outcomeErrors(
    t: Translator,
    out: Exclude<SaveOutcome, { ok: true }> | EditRefusal,
    field: string,
    def: FormDefinition,
  ) {
    if (isRefusal(out)) {
      if (out.code === 'stepNotFound' || out.code === 'questionNotFound') throw notFound();
      const { heading, items } = refusalText(t, def, out);
      return { conflict: null, errors: [{ field, message: [heading, ...items].join(' ') }] };
    }
    if ('conflict' in out) return { conflict: out.conflict, errors: [] };
    return { conflict: null, errors: out.problems.map((p) => ({ field, message: problemMessage(t, p) })) };
  }

  app.get(`${PATH}/steg/ny`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <StepPage
        ctx={ctx}
        isNew
        action={l.links.newStep}
        cancel={l.links.version}
        revision={l.version.revision}
        errors={[]}
        conflict={l.editable ? null : 'notDraft'}
        values={{ title: '', description: '' }}
      />,
    );
  });

  app.post(`${PATH}/steg/ny`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const ctx = pageContext(req, reply, config, 'staff');
    const f = await fields(req);
    const { values, errors } = readStep(f, ctx.t);
    let conflict: Conflict = null;
    if (errors.length === 0) {
      const added = addStep(l.version.definition, values);
      const out = await save(
        l,
        f.get('revision'),
        added.ok ? { ok: true, value: added.value.definition } : added,
        {
          change: 'stepAdded',
          title: values.title,
        },
      );
      if (!isRefusal(out) && out.ok)
        return reply.redirect(
          `${l.links.version}?klart=stepAdded${added.ok ? `#${stepAnchor(added.value.id)}` : ''}`,
          303,
        );
      const o = outcomeErrors(ctx.t, out, 'title', l.version.definition);
      conflict = o.conflict;
      errors.push(...o.errors);
    }
    return sendPage(
      reply,
      conflict ? 409 : 422,
      <StepPage
        ctx={ctx}
        isNew
        action={l.links.newStep}
        cancel={l.links.version}
        revision={l.version.revision}
        errors={errors}
        conflict={conflict}
        values={values}
      />,
    );
  });

  app.get(`${PATH}/steg/:stepId`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <StepPage
        ctx={ctx}
        isNew={false}
        action={l.links.step(step.id)}
        cancel={`${l.links.version}#${stepAnchor(step.id)}`}
        revision={l.version.revision}
        errors={[]}
        conflict={l.editable ? null : 'notDraft'}
        values={{ title: step.title.sv, description: step.description?.sv ?? '' }}
      />,
    );
  });

  app.post(`${PATH}/steg/:stepId`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    const ctx = pageContext(req, reply, config, 'staff');
    const f = await fields(req);
    const { values, errors } = readStep(f, ctx.t);
    let conflict: Conflict = null;
    if (errors.length === 0) {
      const out = await save(l, f.get('revision'), updateStep(l.version.definition, step.id, values), {
        change: 'stepSaved',
        title: values.title,
      });
      if (!isRefusal(out) && out.ok)
        return reply.redirect(`${l.links.version}?klart=stepSaved#${stepAnchor(step.id)}`, 303);
      const o = outcomeErrors(ctx.t, out, 'title', l.version.definition);
      conflict = o.conflict;
      errors.push(...o.errors);
    }
    return sendPage(
      reply,
      conflict ? 409 : 422,
      <StepPage
        ctx={ctx}
        isNew={false}
        action={l.links.step(step.id)}
        cancel={`${l.links.version}#${stepAnchor(step.id)}`}
        revision={l.version.revision}
        errors={errors}
        conflict={conflict}
        values={values}
      />,
    );
  });

  // ---- deleting ----

  function deletePage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    what: { kind: 'step' | 'question'; id: string; name: string },
    conflict: Conflict,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    const def = l.version.definition;
    const check =
      what.kind === 'step' ? deleteStep(def, what.id, l.rules) : deleteQuestion(def, what.id, l.rules);
    const refusal = check.ok ? undefined : refusalText(t, def, check.error);
    const anchor = what.kind === 'step' ? stepAnchor(what.id) : questionAnchor(what.id);
    return sendPage(
      reply,
      status,
      <DeletePage
        ctx={ctx}
        action={what.kind === 'step' ? l.links.deleteStep(what.id) : l.links.deleteQuestion(what.id)}
        cancel={`${l.links.version}#${anchor}`}
        revision={l.version.revision}
        conflict={conflict ?? (l.editable ? null : 'notDraft')}
        heading={t.t(`builderEd.delete.${what.kind}Title`, { name: what.name })}
        lead={t.t(`builderEd.delete.${what.kind}Lead`)}
        refusal={refusal && [refusal.heading, ...refusal.items]}
        refusalHeading={t.t('builderEd.refused.cannotDelete')}
      />,
    );
  }

  app.get(`${PATH}/steg/:stepId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    return deletePage(req, reply, l, 200, { kind: 'step', id: step.id, name: step.title.sv }, null);
  });

  app.post(`${PATH}/steg/:stepId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    const f = await fields(req);
    const out = await save(l, f.get('revision'), deleteStep(l.version.definition, step.id, l.rules), {
      change: 'stepDeleted',
      title: step.title.sv,
    });
    if (!isRefusal(out) && out.ok) return reply.redirect(`${l.links.version}?klart=stepDeleted`, 303);
    if (!isRefusal(out) && 'conflict' in out)
      return deletePage(req, reply, l, 409, { kind: 'step', id: step.id, name: step.title.sv }, out.conflict);
    if (isRefusal(out))
      return deletePage(req, reply, l, 409, { kind: 'step', id: step.id, name: step.title.sv }, null);
    return refused(req, reply, l, out);
  });

  app.get(`${PATH}/fragor/:questionId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { question } = questionOf(l, req);
    return deletePage(
      req,
      reply,
      l,
      200,
      { kind: 'question', id: question.id, name: question.label.sv },
      null,
    );
  });

  app.post(`${PATH}/fragor/:questionId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { question } = questionOf(l, req);
    const f = await fields(req);
    const what = { kind: 'question' as const, id: question.id, name: question.label.sv };
    const out = await save(l, f.get('revision'), deleteQuestion(l.version.definition, question.id, l.rules), {
      change: 'questionDeleted',
      key: question.key,
    });
    if (!isRefusal(out) && out.ok) return reply.redirect(`${l.links.version}?klart=questionDeleted`, 303);
    if (!isRefusal(out) && 'conflict' in out) return deletePage(req, reply, l, 409, what, out.conflict);
    if (isRefusal(out)) return deletePage(req, reply, l, 409, what, null);
    return refused(req, reply, l, out);
  });

  // ---- a new question ----

  function newQuestionPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    values: { type: string; label: string },
    errors: FieldError[],
    conflict: Conflict,
  ) {
    const step = stepOf(l, req);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <NewQuestionPage
        ctx={ctx}
        action={l.links.newQuestion(step.id)}
        cancel={`${l.links.version}#${stepAnchor(step.id)}`}
        revision={l.version.revision}
        stepName={step.title.sv}
        values={values}
        errors={errors}
        conflict={conflict ?? (l.editable ? null : 'notDraft')}
      />,
    );
  }

  app.get(`${PATH}/steg/:stepId/ny-fraga`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    return newQuestionPage(req, reply, l, 200, { type: '', label: '' }, [], null);
  });

  app.post(`${PATH}/steg/:stepId/ny-fraga`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const step = stepOf(l, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await fields(req);
    const values = { type: f.get('type'), label: f.get('label').trim() };
    const errors: FieldError[] = [];
    if (values.label === '') errors.push({ field: 'label', message: t.t('builderEd.error.labelRequired') });
    else if (values.label.length > MAX_LABEL)
      errors.push({ field: 'label', message: t.t('builderEd.error.tooLong', { max: String(MAX_LABEL) }) });
    const added = addQuestion(l.version.definition, step.id, values.type, values.label || 'x');
    if (!added.ok && added.error.code === 'unknownType')
      errors.push({ field: 'type', message: t.t('builderEd.error.typeRequired') });
    if (errors.length > 0 || !added.ok) return newQuestionPage(req, reply, l, 422, values, errors, null);
    const out = await save(
      l,
      f.get('revision'),
      { ok: true, value: added.value.definition },
      {
        change: 'questionAdded',
        key: added.value.key,
        type: values.type,
      },
    );
    if (!isRefusal(out) && out.ok) return reply.redirect(`${l.links.question(added.value.id)}?ny=1`, 303);
    const o = outcomeErrors(t, out, 'label', l.version.definition);
    return newQuestionPage(req, reply, l, o.conflict ? 409 : 422, values, o.errors, o.conflict);
  });

  // ---- a question's settings ----

  function questionPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    question: Question,
    form: QuestionForm,
    errors: FieldError[],
    conflict: Conflict,
    added = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const at = findQuestion(l.version.definition, question.id);
    return sendPage(
      reply,
      status,
      <QuestionPage
        ctx={ctx}
        links={l.links}
        action={l.links.question(question.id)}
        question={question}
        stepName={at?.step.title.sv ?? ''}
        form={form}
        revision={l.version.revision}
        editable={l.editable}
        errors={errors}
        conflict={conflict}
        added={added}
      />,
    );
  }

  app.get(`${PATH}/fragor/:questionId`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { question } = questionOf(l, req);
    const added = (req.query as Record<string, unknown>).ny === '1' && l.editable;
    return questionPage(
      req,
      reply,
      l,
      200,
      question,
      formOf(question),
      [],
      l.editable ? null : 'notDraft',
      added,
    );
  });

  app.post(`${PATH}/fragor/:questionId`, { preHandler }, async (req, reply) => {
    const l = await load(req);
    const { question } = questionOf(l, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await fields(req);
    const form = readQuestionForm(f.all);
    const action = f.get('action');
    const row = applyRowAction(form, action);
    // A row button: the form changes on the page, nothing is saved yet.
    if (row) return questionPage(req, reply, l, 200, question, row.form, [], null);
    const def = l.version.definition;
    let n = 0;
    const taken = new Set<string>();
    for (const s of def.steps)
      for (const q of s.questions) if (q.type === 'group') for (const c of q.questions) taken.add(c.id);
    const newColumnId = () => {
      let id: string;
      do id = `${question.id}-kolumn-${++n}`;
      while (taken.has(id));
      return id;
    };
    const built = buildQuestion(question, form, newColumnId);
    const errors: FieldError[] = built.ok
      ? []
      : built.problems.map((p) => ({ field: p.field, message: formProblemText(t, p) }));
    const key = (form.fields.key ?? '').trim();
    if (key !== question.key && keysIn(def).has(key))
      errors.push({ field: 'key', message: t.t('builderEd.error.keyTaken', { key }) });
    if (errors.length > 0 || !built.ok) return questionPage(req, reply, l, 422, question, form, errors, null);
    const out = await save(l, f.get('revision'), updateQuestion(def, question.id, built.question, l.rules), {
      change: 'questionSaved',
      key: built.question.key,
    });
    if (!isRefusal(out) && out.ok)
      return reply.redirect(`${l.links.version}?klart=questionSaved#${questionAnchor(question.id)}`, 303);
    if (isRefusal(out)) {
      if (out.code === 'questionNotFound') throw notFound();
      const { heading, items } = refusalText(t, def, out);
      const message = t.t('builderEd.error.keyRead', { list: items.join('; ') });
      return questionPage(
        req,
        reply,
        l,
        409,
        question,
        form,
        [{ field: 'key', message: `${heading} ${message}` }],
        null,
      );
    }
    if ('conflict' in out) return questionPage(req, reply, l, 409, question, form, [], out.conflict);
    const tried = updateQuestion(def, question.id, built.question, l.rules);
    const after = tried.ok ? tried.value : def;
    const schemaErrors = out.problems.map((p) => ({
      field: problemField(after, question.id, p),
      message: problemMessage(t, p),
    }));
    return questionPage(req, reply, l, 422, question, form, schemaErrors, null);
  });
}
