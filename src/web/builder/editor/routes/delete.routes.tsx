import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deleteQuestion, deleteStep } from '../../../../domain/builder/definition-edits.ts';
import type { SaveDetail } from '../../../../services/builder/versions.ts';
import { pageContext, sendPage } from '../../../render.ts';
import { questionAnchor, stepAnchor } from '../editor-links.ts';
import { type Conflict, DeletePage } from '../small-pages.tsx';
import { type EditorKit, isRefusal, isSaved, type Loaded, PATH } from './editor-kit.tsx';
import { refusalText } from './problem-text.ts';

type Doomed = { kind: 'step' | 'question'; id: string; name: string };

/** …/steg/:stepId/ta-bort and …/fragor/:questionId/ta-bort: deleting, or why it cannot be done. */
export function registerDeleteRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;

  const check = (l: Loaded, what: Doomed) => {
    const def = l.version.definition;
    return what.kind === 'step' ? deleteStep(def, what.id, l.rules) : deleteQuestion(def, what.id, l.rules);
  };

  function deletePage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    what: Doomed,
    conflict: Conflict,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    const checked = check(l, what);
    const refusal = checked.ok ? undefined : refusalText(t, l.version.definition, checked.error);
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

  /** Deletes, back to the structure; or the delete page again with why not (409). */
  async function remove(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    what: Doomed,
    detail: SaveDetail & { change: 'stepDeleted' | 'questionDeleted' },
  ) {
    const f = await kit.posted(req);
    const out = await kit.save(l, f.get('revision'), check(l, what), detail);
    if (isSaved(out)) return reply.redirect(`${l.links.version}?klart=${detail.change}`, 303);
    if (isRefusal(out)) return deletePage(req, reply, l, 409, what, null);
    if ('conflict' in out) return deletePage(req, reply, l, 409, what, out.conflict);
    return kit.refused(req, reply, l, out);
  }

  const stepWhat = (l: Loaded, req: FastifyRequest) => {
    const step = kit.stepOf(l, req);
    return { what: { kind: 'step', id: step.id, name: step.title.sv } as Doomed, step };
  };
  const questionWhat = (l: Loaded, req: FastifyRequest) => {
    const { question } = kit.questionOf(l, req);
    return { what: { kind: 'question', id: question.id, name: question.label.sv } as Doomed, question };
  };

  app.get(`${PATH}/steg/:stepId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    return deletePage(req, reply, l, 200, stepWhat(l, req).what, null);
  });

  app.post(`${PATH}/steg/:stepId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const { what, step } = stepWhat(l, req);
    return remove(req, reply, l, what, { change: 'stepDeleted', title: step.title.sv });
  });

  app.get(`${PATH}/fragor/:questionId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    return deletePage(req, reply, l, 200, questionWhat(l, req).what, null);
  });

  app.post(`${PATH}/fragor/:questionId/ta-bort`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const { what, question } = questionWhat(l, req);
    return remove(req, reply, l, what, { change: 'questionDeleted', key: question.key });
  });
}
