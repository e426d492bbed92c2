import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addStep, updateStep } from '../../../../domain/builder/definition-edits.ts';
import { pageContext, sendPage } from '../../../render.ts';
import type { FieldError } from '../../../ui/components/index.ts';
import type { Translator } from '../../../ui/i18n/translator.ts';
import { stepAnchor } from '../editor-links.ts';
import { type Conflict, StepPage } from '../small-pages.tsx';
import { type EditorKit, isSaved, type Loaded, outcomeErrors, PATH, type Posted } from './editor-kit.tsx';

const MAX_STEP_TITLE = 200;
const MAX_STEP_DESCRIPTION = 5000;

type StepValues = { title: string; description: string };

/** The posted title and description, and what is wrong with them. */
function readStep(f: Posted, t: Translator): { values: StepValues; errors: FieldError[] } {
  const values = { title: f.get('title').trim(), description: f.get('description').trim() };
  const errors: FieldError[] = [];
  if (values.title === '') errors.push({ field: 'title', message: t.t('builderEd.error.stepTitleRequired') });
  else if (values.title.length > MAX_STEP_TITLE)
    errors.push({ field: 'title', message: t.t('builderEd.error.tooLong', { max: String(MAX_STEP_TITLE) }) });
  if (values.description.length > MAX_STEP_DESCRIPTION)
    errors.push({
      field: 'description',
      message: t.t('builderEd.error.tooLong', { max: String(MAX_STEP_DESCRIPTION) }),
    });
  return { values, errors };
}

/** A new step (…/steg/ny) and a step's title and description (…/steg/:stepId). */
export function registerStepRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;

  /** The step page; `stepId` undefined for a new step. */
  function stepPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    stepId: string | undefined,
    status: number,
    values: StepValues,
    errors: FieldError[],
    conflict: Conflict,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <StepPage
        ctx={ctx}
        isNew={stepId === undefined}
        action={stepId === undefined ? l.links.newStep : l.links.step(stepId)}
        cancel={stepId === undefined ? l.links.version : `${l.links.version}#${stepAnchor(stepId)}`}
        revision={l.version.revision}
        errors={errors}
        conflict={conflict}
        values={values}
      />,
    );
  }

  app.get(`${PATH}/steg/ny`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const values = { title: '', description: '' };
    return stepPage(req, reply, l, undefined, 200, values, [], l.editable ? null : 'notDraft');
  });

  app.post(`${PATH}/steg/ny`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await kit.posted(req);
    const { values, errors } = readStep(f, t);
    let conflict: Conflict = null;
    if (errors.length === 0) {
      const added = addStep(l.version.definition, values);
      const edit = added.ok ? { ok: true as const, value: added.value.definition } : added;
      const out = await kit.save(l, f.get('revision'), edit, { change: 'stepAdded', title: values.title });
      if (isSaved(out))
        return reply.redirect(
          `${l.links.version}?klart=stepAdded${added.ok ? `#${stepAnchor(added.value.id)}` : ''}`,
          303,
        );
      const o = outcomeErrors(t, out, 'title', l.version.definition);
      conflict = o.conflict;
      errors.push(...o.errors);
    }
    return stepPage(req, reply, l, undefined, conflict ? 409 : 422, values, errors, conflict);
  });

  app.get(`${PATH}/steg/:stepId`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const step = kit.stepOf(l, req);
    const values = { title: step.title.sv, description: step.description?.sv ?? '' };
    return stepPage(req, reply, l, step.id, 200, values, [], l.editable ? null : 'notDraft');
  });

  app.post(`${PATH}/steg/:stepId`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const step = kit.stepOf(l, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await kit.posted(req);
    const { values, errors } = readStep(f, t);
    let conflict: Conflict = null;
    if (errors.length === 0) {
      const edit = updateStep(l.version.definition, step.id, values);
      const out = await kit.save(l, f.get('revision'), edit, { change: 'stepSaved', title: values.title });
      if (isSaved(out))
        return reply.redirect(`${l.links.version}?klart=stepSaved#${stepAnchor(step.id)}`, 303);
      const o = outcomeErrors(t, out, 'title', l.version.definition);
      conflict = o.conflict;
      errors.push(...o.errors);
    }
    return stepPage(req, reply, l, step.id, conflict ? 409 : 422, values, errors, conflict);
  });
}
