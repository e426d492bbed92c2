import type { FastifyInstance } from 'fastify';
import { type Edit, moveQuestion, moveStep } from '../../../../domain/builder/definition-edits.ts';
import type { SaveDetail } from '../../../../services/builder/versions.ts';
import { notFound } from '../../../errors.tsx';
import { pageContext, sendPage } from '../../../render.ts';
import { questionAnchor, stepAnchor } from '../editor-links.ts';
import { type EditorNotice, StructurePage } from '../structure-page.tsx';
import { type EditorKit, isSaved, PATH } from './editor-kit.tsx';

/** What `?klart=` may say was just done. */
const DONE = ['stepAdded', 'stepSaved', 'stepDeleted', 'questionSaved', 'questionDeleted'] as const;

/** The version's structure (steps and their questions), and moving steps and questions up, down or to another step. */
export function registerStructureRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;

  app.get(PATH, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
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
    const l = await kit.load(req);
    const step = kit.stepOf(l, req);
    const f = await kit.posted(req);
    const direction = f.get('direction');
    if (direction !== 'up' && direction !== 'down') return kit.refused(req, reply, l, { code: 'cannotMove' });
    const out = await kit.save(l, f.get('revision'), moveStep(l.version.definition, step.id, direction), {
      change: 'stepMoved',
      title: step.title.sv,
      direction,
    });
    if (isSaved(out)) return reply.redirect(`${l.links.version}#${stepAnchor(step.id)}`, 303);
    return kit.refused(req, reply, l, out);
  });

  app.post(`${PATH}/fragor/:questionId/flytta`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const { question } = kit.questionOf(l, req);
    const f = await kit.posted(req);
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
    } else return kit.refused(req, reply, l, { code: 'cannotMove' });
    const out = await kit.save(l, f.get('revision'), edit, detail);
    if (isSaved(out)) return reply.redirect(`${l.links.version}#${questionAnchor(question.id)}`, 303);
    return kit.refused(req, reply, l, out);
  });
}
