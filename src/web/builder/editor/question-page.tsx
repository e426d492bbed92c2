import type { Html } from '#jsx/jsx-runtime';
import type { Question } from '../../../domain/forms/definition.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  ButtonGroup,
  type FieldError,
  Form,
  NotificationBanner,
  WarningText,
} from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import type { EditorLinks } from './editor-links.ts';
import type { QuestionForm } from './question-form.ts';
import { Flag, Flags, settingFields } from './settings/fields.tsx';
import { TypeSettings } from './settings/type-settings.tsx';
import { type Conflict, ConflictBanner } from './small-pages.tsx';
import { typeName } from './structure-page.tsx';

export interface QuestionPageProps {
  ctx: PageContext;
  links: EditorLinks;
  action: string;
  question: Question;
  stepName: string;
  form: QuestionForm;
  revision: string;
  editable: boolean;
  errors: readonly FieldError[];
  conflict: Conflict;
  /** "The question has been added" after creating it. */
  added?: boolean;
  /** "The column has been saved" after saving one of a group's columns. */
  columnSaved?: boolean;
}

/** …/fragor/:questionId: every setting of the question's type. */
export function QuestionPage(props: QuestionPageProps): Html {
  const { ctx, links, question: q, form, errors, editable } = props;
  const t = ctx.t;
  const f = settingFields({ t, form, errors });
  const title = t.t('builderEd.question.title', { name: q.label.sv });
  const answerable = q.type !== 'info' && q.type !== 'computed';
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      errors={errors}
      backLink={`${links.version}#fraga-${q.id}`}
    >
      <ConflictBanner t={t} conflict={props.conflict} />
      {props.added ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('builderEd.done.questionAdded')}</p>
        </NotificationBanner>
      ) : null}
      {props.columnSaved ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('builderEd.done.columnSaved')}</p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">
        {t.t('builderEd.question.caption', { type: typeName(t, q.type), step: props.stepName })}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      {editable ? null : <WarningText t={t}>{t.t('builderEd.structure.readOnly')}</WarningText>}
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={links.conditions(q.id)}>
            {t.t('builderEd.question.conditionsLink')}
          </a>
        </li>
        {q.type === 'computed' ? (
          <li>
            <a class="govuk-link" href={links.computation(q.id)}>
              {t.t('builderEd.question.computationLink')}
            </a>
          </li>
        ) : null}
      </ul>
      <Form ctx={ctx} action={props.action}>
        {/* Enter in a field saves: the first submit button of the form is the default one. */}
        <button type="submit" name="action" value="save" class="govuk-visually-hidden" tabindex="-1">
          {t.t('builderEd.question.save')}
        </button>
        <input type="hidden" name="revision" value={props.revision} />
        {f.text('label', q.type === 'info' ? t.t('builderEd.field.heading') : t.t('builderEd.field.label'), {
          requirement: 'required',
        })}
        {f.text('hint', t.t('builderEd.field.hint'), { hint: t.t('builderEd.field.hintHint') })}
        {f.textarea('help', t.t('builderEd.field.help'), { hint: t.t('builderEd.field.helpHint'), rows: 3 })}
        {f.text('key', t.t('builderEd.field.key'), {
          hint: t.t('builderEd.field.keyHint'),
          width: 20,
          spellcheck: false,
          requirement: 'required',
        })}
        {answerable || q.type === 'computed' ? (
          <Flags legend={t.t('builderEd.field.flags')}>
            {answerable ? (
              <Flag
                name="required"
                label={t.t('builderEd.field.required')}
                hint={q.type === 'consent' ? t.t('builderEd.field.requiredConsent') : undefined}
                checked={f.checked('required')}
              />
            ) : null}
            <Flag
              name="summary"
              label={t.t('builderEd.field.summary')}
              hint={t.t('builderEd.field.summaryHint')}
              checked={f.checked('summary')}
            />
          </Flags>
        ) : null}
        <TypeSettings t={t} q={q} form={form} errors={errors} columnHref={(id) => links.column(q.id, id)} />
        {editable ? (
          <ButtonGroup>
            <Button name="action" value="save">
              {t.t('builderEd.question.save')}
            </Button>
            <a class="govuk-link" href={`${links.version}#fraga-${q.id}`}>
              {t.t('builderEd.cancel')}
            </a>
          </ButtonGroup>
        ) : null}
      </Form>
    </Page>
  );
}
