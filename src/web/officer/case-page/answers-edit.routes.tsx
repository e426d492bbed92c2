import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Answers, FileRef, RawFields } from '../../../domain/forms/answers.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { evaluate } from '../../../domain/forms/evaluate.ts';
import { rawForStep } from '../../../domain/forms/validate.ts';
import { validateAnswerEdit } from '../../../services/officer/answer-edits.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { Localized } from '../../citizen/localized.tsx';
import { notFound } from '../../errors.tsx';
import { readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, Form } from '../../ui/components/index.ts';
import {
  DefaultSubmit,
  pressedAction,
  QuestionField,
  toSummaryErrors,
  withAddedRow,
} from '../../ui/questions/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { changesSince } from './conflict.ts';
import { caseIdOf, caseUrl, loadCasePage, officerActor } from './load.ts';
import { ToolButtons } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { redirectToCase } from './tool-result.ts';
import { postedVersion, VersionFields } from './version-fields.tsx';

interface EditState {
  status: number;
  /** What the fields show: the stored answers on GET, what was posted after a post. */
  raw: RawFields;
  /** The answers conditions are judged on (which questions and steps show). */
  answers: Answers;
  errors: readonly FieldError[];
  conflict?: CaseHistoryEntry[];
}

function renderEdit(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: EditState,
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const def = page.version.definition;
  const evaluation = evaluate(def, state.answers);
  const steps = def.steps.filter((s) => evaluation.visibleStepIds.includes(s.id));
  return sendPage(
    reply,
    state.status,
    <ToolPage
      ctx={ctx}
      page={page}
      title={t.t('officerCase.edit.title')}
      errors={toSummaryErrors(t, ctx.lang, def, state.errors)}
      conflict={state.conflict}
    >
      <p class="govuk-body">{t.t('officerCase.edit.lead')}</p>
      <p class="govuk-body">{t.t('runner.requiredNote')}</p>
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/svar')}>
        <DefaultSubmit name="action" value="save">
          {t.t('officerCase.edit.save')}
        </DefaultSubmit>
        <VersionFields page={page} />
        {steps.map((step) => (
          <section class="govuk-!-margin-bottom-6" aria-labelledby={`step-${step.id}`}>
            <h2 class="govuk-heading-m" id={`step-${step.id}`}>
              <Localized text={step.title} lang={ctx.lang} />
            </h2>
            {step.questions
              .filter((q) => evaluation.visible.has(q.key))
              .map((q) =>
                q.type === 'file' ? (
                  // Files are documents: they are added under Handlingar, never changed here.
                  <div class="govuk-form-group">
                    <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                      <Localized text={q.label} lang={ctx.lang} />
                    </h3>
                    <ul class="govuk-list">
                      {((evaluation.answers[q.key] as FileRef[] | undefined) ?? []).map((f) => (
                        <li>
                          <bdi>{f.name}</bdi>
                        </li>
                      ))}
                    </ul>
                    <p class="govuk-hint">{t.t('officerCase.edit.filesNote')}</p>
                  </div>
                ) : (
                  <QuestionField
                    t={t}
                    lang={ctx.lang}
                    question={q}
                    required={evaluation.required.has(q.key)}
                    raw={state.raw}
                    errors={state.errors.filter((e) => e.questionKey === q.key)}
                    computedValue={q.type === 'computed' ? evaluation.answers[q.key] : undefined}
                  />
                ),
              )}
          </section>
        ))}
        <ToolButtons ctx={ctx} page={page}>
          <Button name="action" value="save" preventDoubleClick>
            {t.t('officerCase.edit.save')}
          </Button>
        </ToolButtons>
      </Form>
    </ToolPage>,
  );
}

/** "Ändra inskickade svar", where the e-service allows it: every step on one page, the runner's fields. */
export function registerAnswerEditRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };
  const path = '/handlaggare/arenden/:caseId/svar';

  app.get(path, pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    if (!page.settings.answersEditable) throw notFound();
    const def = page.version.definition;
    const answers = page.c.answers as Answers;
    const raw: RawFields = {};
    for (const s of def.steps) Object.assign(raw, rawForStep(def, s.id, answers));
    return renderEdit(req, reply, deps, page, { status: 200, raw, answers, errors: [] });
  });

  app.post(path, pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const { page } = await loadCasePage(req, services);
    if (!page.settings.answersEditable) throw notFound();
    const def = page.version.definition;
    // "Lägg till rad" / "Ta bort rad": show the form again as it now is, save nothing.
    const pressed = def.steps.find((s) => pressedAction(s, form.fields));
    if (pressed) {
      const v = validateAnswerEdit(def, page.c.answers as Answers, form.fields);
      const raw = withAddedRow(pressed, form.fields, v.raw);
      return renderEdit(req, reply, deps, page, { status: 200, raw, answers: v.answers, errors: [] });
    }
    const version = postedVersion(form.fields);
    const r = await services.officerCase.editAnswers(actor, caseIdOf(req), {
      rowVersion: version.rowVersion,
      posted: form.fields,
    });
    if (r.ok) {
      return redirectToCase(req, reply, r.changes.length > 0 ? 'answers' : 'answersUnchanged');
    }
    if (r.reason === 'notFound' || r.reason === 'invalid') throw notFound();
    // A conflict shows the form again at the case's new version, with what the officer typed.
    const now = r.reason === 'conflict' ? (await loadCasePage(req, services)).page : page;
    const conflict =
      r.reason === 'conflict' ? await changesSince(services, now, version.seenEvent) : undefined;
    return renderEdit(req, reply, deps, now, {
      status: r.reason === 'conflict' ? 409 : 422,
      raw: r.raw,
      answers: r.answers,
      errors: r.errors,
      conflict,
    });
  });
}
