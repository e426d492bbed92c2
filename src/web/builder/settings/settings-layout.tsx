import type { Children, Html } from '#jsx/jsx-runtime';
import type { SettingProblem } from '../../../domain/builder/settings/common.ts';
import type { LangText } from '../../../domain/forms/definition.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import { Button, type FieldError, Form, NotificationBanner } from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

export const SETTINGS_PATH = '/installningar';

/** A settings page's path: the hub or one of its pages. */
export const settingsHref = (ctx: PageContext, eServiceId: string, rest = ''): string =>
  href(ctx, builderPath(eServiceId, `${SETTINGS_PATH}${rest}`));

/** Which group-level problems the error summary sends to which element. */
const GROUP_TARGETS: Record<string, string> = {
  statuses: '#statuses',
  colours: '#colours',
  summary: '#summary',
};

export function problemErrors(t: Translator, problems: readonly SettingProblem[]): FieldError[] {
  return problems.map((p) => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {})) params[k] = String(v);
    const target = GROUP_TARGETS[p.field];
    return {
      field: p.field,
      message: t.t(`builderSettings.error.${p.code}` as MessageKey, params),
      ...(target ? { href: target } : {}),
    };
  });
}

export function SettingsPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  title: string;
  errors?: readonly FieldError[];
  /** The list was changed on the page and is not saved yet. */
  unsaved?: boolean;
  /** Back to the hub (pages) or to the e-service (the hub). */
  hub?: boolean;
  children: Children;
}): Html {
  const { ctx, settings } = props;
  const t = ctx.t;
  const service = settings.name[ctx.lang] || settings.name.sv;
  return (
    <Page
      ctx={ctx}
      title={`${props.title} – ${service}`}
      navItems={staffNav(ctx)}
      errors={props.errors ?? []}
      backLink={
        props.hub
          ? { href: href(ctx, builderPath(settings.eServiceId)), text: t.t('builderSettings.back') }
          : { href: settingsHref(ctx, settings.eServiceId), text: t.t('builderSettings.backHub') }
      }
    >
      {props.unsaved && (props.errors ?? []).length === 0 ? (
        <NotificationBanner t={t} id="unsaved">
          {t.t('builderSettings.notSavedYet')}
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">{service}</span>
      <h1 class="govuk-heading-l">{props.title}</h1>
      {props.children}
    </Page>
  );
}

/** Up / down / remove buttons of one row of a list form; the server reads `action`. */
export function RowButtons(props: {
  t: Translator;
  index: number;
  count: number;
  /** What the row is, for screen readers ("Status 2: Beviljat"). */
  context: string;
  removable?: boolean;
}): Html {
  const { t, index, count } = props;
  const hidden = <span class="govuk-visually-hidden"> {props.context}</span>;
  return (
    <div class="govuk-button-group">
      {index > 0 ? (
        <Button variant="secondary" name="action" value={`up.${index}`}>
          {t.t('builderSettings.up')}
          {hidden}
        </Button>
      ) : null}
      {index < count - 1 ? (
        <Button variant="secondary" name="action" value={`down.${index}`}>
          {t.t('builderSettings.down')}
          {hidden}
        </Button>
      ) : null}
      {props.removable === false ? null : (
        <Button variant="warning" name="action" value={`remove.${index}`}>
          {t.t('builderSettings.remove')}
          {hidden}
        </Button>
      )}
    </div>
  );
}

/** The first submit button of a list form, so Enter in a text box saves (not "Flytta upp"). */
export function SaveButton(props: { t: Translator; id?: string }): Html {
  return (
    <Button name="action" value="save" id={props.id}>
      {props.t.t('builderSettings.save')}
    </Button>
  );
}

/**
 * The one form of a list page: save at the top (so Enter saves), the row
 * count the server reads, the rows, and at the bottom an optional "add a
 * row" button beside a second save button.
 */
export function ListForm(props: {
  ctx: PageContext;
  action: string;
  rows: number;
  /** The "add a row" button: none for lists of questions; `shown: false` while the list is full. */
  add?: { label: string; shown: boolean };
  children: Children;
}): Html {
  const { ctx, add } = props;
  const t = ctx.t;
  return (
    <Form ctx={ctx} action={props.action}>
      <SaveButton t={t} />
      <input type="hidden" name="rows" value={String(props.rows)} />
      {props.children}
      {add ? (
        <div class="govuk-button-group">
          {add.shown ? (
            <Button variant="secondary" name="action" value="add">
              {add.label}
            </Button>
          ) : null}
          <SaveButton t={t} id="save-bottom" />
        </div>
      ) : (
        <SaveButton t={t} id="save-bottom" />
      )}
    </Form>
  );
}

/** A text in the page's language, Swedish when it has none. */
export const inLang = (text: LangText, lang: string): string => text[lang] || text.sv;

/** A question's label in the page's language, by key; the key when the question is gone. */
export const questionLabel =
  (s: EServiceSettings, lang: string) =>
  (key: string): string => {
    const q = s.questions.find((x) => x.key === key);
    return q ? inLang(q.label, lang) : key;
  };
