import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PostedFields, RawFields } from '../../../domain/forms/answers.ts';
import type { Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { evaluate, nextStepId, previousStepId } from '../../../domain/forms/evaluate.ts';
import { FIELD_PREFIX } from '../../../domain/forms/plan.ts';
import { rawForStep } from '../../../domain/forms/validate.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { href } from '../../ui/page-context.ts';
import { pressedAction, withAddedRow } from '../../ui/questions/index.ts';
import { contentLanguage } from '../content-language.ts';
import type { CitizenDeps } from '../index.ts';
import { applicationFlow, type DraftFlow, type FlowDraft } from './draft-flow.ts';
import { loadDraft } from './load-draft.ts';
import { StepPage, stepUrl } from './step-page.tsx';

function renderStep(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<CitizenDeps, 'config'>,
  loaded: FlowDraft,
  stepId: string,
  state: {
    status: number;
    raw: RawFields;
    errors: readonly FieldError[];
    fromCheck: boolean;
    revealed?: readonly Question[];
  },
) {
  const { draft, eService, path } = loaded;
  const ctx = pageContext(req, reply, deps.config, 'resident');
  const step = draft.definition.steps.find((s) => s.id === stepId);
  if (!step) throw notFound();
  const evaluation = evaluate(draft.definition, draft.answers);
  const prev = previousStepId(draft.definition, evaluation, stepId);
  const backHref = state.fromCheck
    ? href(ctx, `${path}/kontrollera`)
    : prev
      ? stepUrl(ctx, path, prev)
      : href(ctx, loaded.startPath);
  return sendPage(
    reply,
    state.status,
    <StepPage
      ctx={ctx}
      contentLang={contentLanguage(req, reply, deps.config, eService.offeredLanguages, ctx.lang)}
      eService={eService}
      definition={draft.definition}
      path={path}
      step={step}
      visibleStepIds={evaluation.visibleStepIds}
      visitedSteps={draft.visitedSteps}
      raw={state.raw}
      answers={evaluation.answers}
      visible={evaluation.visible}
      required={evaluation.required}
      errors={state.errors}
      revealed={state.revealed ?? []}
      fromCheck={state.fromCheck}
      backHref={backHref}
      canSave={loaded.savedPath !== undefined}
      banner={loaded.banner}
    />,
  );
}

/** Whether the post carried any field of the question named `name` (`q.<key>`, `q.<key>.<part>`). */
function postedFor(fields: PostedFields, files: readonly { field: string }[], name: string): boolean {
  const ofIt = (n: string) => n === name || n.startsWith(`${name}.`);
  return Object.keys(fields).some(ofIt) || files.some((f) => ofIt(f.field));
}

/** The steps of a new application's draft: show one, post one, move on. */
export function registerStepRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { services } = deps;

  // The draft's address without a step: where the resident left off.
  app.get('/utkast/:draftId', async (req, reply) => {
    const { draft } = await loadDraft(req, services);
    const evaluation = evaluate(draft.definition, draft.answers);
    // A step saved with problems ("Spara och fortsätt senare" halfway) is
    // where the resident left off, though it counts as visited.
    const unfinished = evaluation.visibleStepIds.find((id) => draft.pendingRaw[id] !== undefined);
    const firstUnvisited = evaluation.visibleStepIds.find((id) => !draft.visitedSteps.includes(id));
    const target = unfinished ?? firstUnvisited ?? evaluation.visibleStepIds[0];
    if (!target || (draft.visitedSteps.length > 0 && !unfinished && !firstUnvisited)) {
      return reply.redirect(`${req.basePath}/utkast/${draft.id}/kontrollera`, 303);
    }
    return reply.redirect(`${req.basePath}/utkast/${draft.id}/steg/${encodeURIComponent(target)}`, 303);
  });

  registerFlowStepRoutes(app, deps, applicationFlow(services));
}

/** The steps of any draft flow (a new application, a supplement): show one, post one, move on. */
export function registerFlowStepRoutes(
  app: FastifyInstance,
  deps: Pick<CitizenDeps, 'config' | 'services'>,
  flow: DraftFlow,
): void {
  const { services } = deps;

  app.get(`${flow.route}/steg/:stepId`, async (req, reply) => {
    const loaded = await flow.load(req);
    const { stepId } = req.params as { stepId: string };
    const { draft } = loaded;
    if (!draft.definition.steps.some((s) => s.id === stepId)) throw notFound();
    const fromCheck = (req.query as Record<string, unknown>).fran === 'kontroll';
    const evaluation = evaluate(draft.definition, draft.answers);
    if (!evaluation.visibleStepIds.includes(stepId)) {
      // A step whose questions are all hidden by earlier answers is skipped.
      const next = nextStepId(draft.definition, evaluation, stepId);
      const to = next && !fromCheck ? `steg/${encodeURIComponent(next)}` : 'kontrollera';
      return reply.redirect(`${req.basePath}${loaded.path}/${to}`, 303);
    }
    const raw = draft.pendingRaw[stepId] ?? rawForStep(draft.definition, stepId, draft.answers);
    return renderStep(req, reply, deps, loaded, stepId, { status: 200, raw, errors: [], fromCheck });
  });

  app.post(`${flow.route}/steg/:stepId`, async (req, reply) => {
    const loaded = await flow.load(req);
    const { draft, savedPath } = loaded;
    const { stepId } = req.params as { stepId: string };
    if (!draft.definition.steps.some((s) => s.id === stepId)) throw notFound();
    const fromCheck = (req.query as Record<string, unknown>).fran === 'kontroll';
    const form = await readPostedForm(req);
    const action = postedString(form.fields, 'action');
    // The questions on the page the resident posted from (saving changes them).
    const shown = evaluate(draft.definition, draft.answers).visible;
    const v = await services.saveStep(draft, stepId, form.fields, form.files);
    if (v.ignored.length > 0)
      req.log.info({ ignored: v.ignored.map((i) => i.reason) }, 'posted fields ignored');

    if (action === 'save' && savedPath !== undefined) {
      return reply.redirect(`${req.basePath}${savedPath}`, 303);
    }
    const step = draft.definition.steps.find((s) => s.id === stepId);
    if (step && pressedAction(step, form.fields)) {
      // Remove a file, add or remove a row: show the step again as it now is.
      const raw = withAddedRow(step, form.fields, v.raw);
      return renderStep(req, reply, deps, loaded, stepId, { status: 200, raw, errors: [], fromCheck });
    }
    // Questions this post brought up were never on the resident's screen:
    // show them, without errors, instead of going on or scolding.
    const revealed = (step?.questions ?? []).filter(
      (q) =>
        v.evaluation.visible.has(q.key) &&
        !shown.has(q.key) &&
        !postedFor(form.fields, form.files, FIELD_PREFIX + q.key),
    );
    const errors = v.errors.filter((e) => !revealed.some((q) => q.key === e.questionKey));
    if (errors.length > 0 || revealed.length > 0) {
      return renderStep(req, reply, deps, loaded, stepId, {
        status: errors.length > 0 ? 422 : 200,
        raw: v.raw,
        errors,
        fromCheck,
        revealed,
      });
    }
    const next = nextStepId(draft.definition, v.evaluation, stepId);
    const to = next && !fromCheck ? `steg/${encodeURIComponent(next)}` : 'kontrollera';
    return reply.redirect(`${req.basePath}${loaded.path}/${to}`, 303);
  });
}
