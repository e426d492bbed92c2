import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addQuestion } from '../../../../domain/builder/definition-edits.ts';
import { pageContext, sendPage } from '../../../render.ts';
import type { FieldError } from '../../../ui/components/index.ts';
import { stepAnchor } from '../editor-links.ts';
import { MAX_LABEL } from '../question-form.ts';
import { type Conflict, NewQuestionPage } from '../small-pages.tsx';
import { type EditorKit, isSaved, type Loaded, outcomeErrors, PATH } from './editor-kit.tsx';

/** …/steg/:stepId/ny-fraga: a new question (type and label) at the end of a step, then on to its settings. */
export function registerNewQuestionRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;

  function newQuestionPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    values: { type: string; label: string },
    errors: FieldError[],
    conflict: Conflict,
  ) {
    const step = kit.stepOf(l, req);
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
    const l = await kit.load(req);
    return newQuestionPage(req, reply, l, 200, { type: '', label: '' }, [], null);
  });

  app.post(`${PATH}/steg/:stepId/ny-fraga`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const step = kit.stepOf(l, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await kit.posted(req);
    const values = { type: f.get('type'), label: f.get('label').trim() };
    const errors: FieldError[] = [];
    if (values.label === '') errors.push({ field: 'label', message: t.t('builderEd.error.labelRequired') });
    else if (values.label.length > MAX_LABEL)
      errors.push({ field: 'label', message: t.t('builderEd.error.tooLong', { max: String(MAX_LABEL) }) });
    const added = addQuestion(l.version.definition, step.id, values.type, values.label || 'x');
    if (!added.ok && added.error.code === 'unknownType')
      errors.push({ field: 'type', message: t.t('builderEd.error.typeRequired') });
    if (errors.length > 0 || !added.ok) return newQuestionPage(req, reply, l, 422, values, errors, null);
    const out = await kit.save(
      l,
      f.get('revision'),
      { ok: true, value: added.value.definition },
      { change: 'questionAdded', key: added.value.key, type: values.type },
    );
    if (isSaved(out)) return reply.redirect(`${l.links.question(added.value.id)}?ny=1`, 303);
    const o = outcomeErrors(t, out, 'label', l.version.definition);
    return newQuestionPage(req, reply, l, o.conflict ? 409 : 422, values, o.errors, o.conflict);
  });
}
