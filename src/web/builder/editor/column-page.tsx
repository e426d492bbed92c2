import type { Html } from '#jsx/jsx-runtime';
import type { GroupCellQuestion, GroupQuestion } from '../../../domain/forms/definition.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import { Button, ButtonGroup, type FieldError, Form, WarningText } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { columnAnchor, type EditorLinks } from './editor-links.ts';
import type { QuestionForm } from './question-form.ts';
import { Flag, Flags, settingFields } from './settings/fields.tsx';
import { TypeSettings } from './settings/type-settings.tsx';
import { type Conflict, ConflictBanner } from './small-pages.tsx';
import { typeName } from './structure-page.tsx';

export interface ColumnPageProps {
  ctx: PageContext;
  links: EditorLinks;
  group: GroupQuestion;
  column: GroupCellQuestion;
  form: QuestionForm;
  revision: string;
  editable: boolean;
  errors: readonly FieldError[];
  conflict: Conflict;
}

/**
 * …/fragor/:questionId/kolumner/:columnId: every setting of a repeating
 * group's column — the same settings as a question of the column's type,
 * without conditions, summary and help (those are the group's).
 */
export function ColumnPage(props: ColumnPageProps): Html {
  const { ctx, links, group, column: c, form, errors, editable } = props;
  const t = ctx.t;
  const f = settingFields({ t, form, errors });
  const title = t.t('builderEd.column.title', { name: c.label.sv });
  const back = `${links.question(group.id)}#${columnAnchor(c.id)}`;
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      errors={errors}
      backLink={{ href: back, text: t.t('builderEd.column.back', { name: group.label.sv }) }}
    >
      <ConflictBanner t={t} conflict={props.conflict} />
      <span class="govuk-caption-l">
        {t.t('builderEd.column.caption', { type: typeName(t, c.type), group: group.label.sv })}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      {editable ? null : <WarningText t={t}>{t.t('builderEd.structure.readOnly')}</WarningText>}
      <p class="govuk-body">{t.t('builderEd.column.lead')}</p>
      <Form ctx={ctx} action={links.column(group.id, c.id)}>
        {/* Enter in a field saves: the first submit button of the form is the default one. */}
        <button type="submit" name="action" value="save" class="govuk-visually-hidden" tabindex="-1">
          {t.t('builderEd.column.save')}
        </button>
        <input type="hidden" name="revision" value={props.revision} />
        {f.text('label', t.t('builderEd.field.label'), { requirement: 'required' })}
        {f.text('hint', t.t('builderEd.field.hint'), { hint: t.t('builderEd.field.hintHint') })}
        {f.text('key', t.t('builderEd.columns.key'), {
          hint: t.t('builderEd.columns.keyHint'),
          width: 20,
          spellcheck: false,
          requirement: 'required',
        })}
        <Flags legend={t.t('builderEd.field.flags')}>
          <Flag name="required" label={t.t('builderEd.field.required')} checked={f.checked('required')} />
        </Flags>
        <TypeSettings t={t} q={c} form={form} errors={errors} />
        {editable ? (
          <ButtonGroup>
            <Button name="action" value="save">
              {t.t('builderEd.column.save')}
            </Button>
            <a class="govuk-link" href={back}>
              {t.t('builderEd.cancel')}
            </a>
          </ButtonGroup>
        ) : null}
      </Form>
    </Page>
  );
}
