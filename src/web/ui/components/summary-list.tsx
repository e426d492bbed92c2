import { type Child, type Html, jsx } from '#jsx/jsx-runtime';
import { textDirection } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';

export interface SummaryRow {
  key: Child;
  value: Child;
  /** Link to change the answer ("Ändra"). */
  changeHref?: string;
  /** What the change link is about, for screen readers: "Ändra <context>". Defaults to the key when it is text. */
  changeContext?: string;
  /** The change context's language when it differs from the page's. */
  changeContextLang?: string | undefined;
}

export interface SummaryListProps {
  t: Translator;
  rows: readonly SummaryRow[];
  /** Shows the list as a card with this heading, e.g. one card per step on "Kontrollera dina svar". */
  title?: string;
  /** The title's language when it differs from the page's (an e-service's Somali step title). */
  titleLang?: string | undefined;
  titleLevel?: 2 | 3 | 4;
  /** A change link for the whole card. */
  cardChangeHref?: string;
  noBorder?: boolean;
}

function ChangeLink(props: {
  t: Translator;
  href: string;
  context: string | undefined;
  lang?: string | undefined;
}): Html {
  const { lang } = props;
  return (
    <a class="govuk-link" href={props.href}>
      {props.t.t('components.summary.change')}
      {props.context ? (
        <span class="govuk-visually-hidden">
          {' '}
          {lang ? (
            <span lang={lang} dir={textDirection(lang)}>
              {props.context}
            </span>
          ) : (
            props.context
          )}
        </span>
      ) : null}
    </a>
  );
}

/**
 * Questions and answers, e.g. on the check-answers page and on a case. Text
 * values keep their line breaks (answers from a textarea).
 */
export function SummaryList(props: SummaryListProps): Html {
  const { t } = props;
  const anyActions = props.rows.some((r) => r.changeHref);
  const list = (
    <dl class={props.noBorder ? 'govuk-summary-list govuk-summary-list--no-border' : 'govuk-summary-list'}>
      {props.rows.map((row) => {
        const rowClass =
          anyActions && !row.changeHref
            ? 'govuk-summary-list__row govuk-summary-list__row--no-actions'
            : 'govuk-summary-list__row';
        const context = row.changeContext ?? (typeof row.key === 'string' ? row.key : undefined);
        return (
          <div class={rowClass}>
            <dt class="govuk-summary-list__key">{row.key}</dt>
            <dd
              class={
                typeof row.value === 'string'
                  ? 'govuk-summary-list__value ingang-preserve-lines'
                  : 'govuk-summary-list__value'
              }
            >
              {row.value}
            </dd>
            {row.changeHref ? (
              <dd class="govuk-summary-list__actions">
                <ChangeLink t={t} href={row.changeHref} context={context} lang={row.changeContextLang} />
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
  if (props.title === undefined) return list;
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        {jsx(`h${props.titleLevel ?? 2}`, {
          class: 'govuk-summary-card__title',
          children: props.title,
          ...(props.titleLang ? { lang: props.titleLang, dir: textDirection(props.titleLang) } : {}),
        })}
        {props.cardChangeHref ? (
          <div class="govuk-summary-card__actions">
            <ChangeLink t={t} href={props.cardChangeHref} context={props.title} lang={props.titleLang} />
          </div>
        ) : null}
      </div>
      <div class="govuk-summary-card__content">{list}</div>
    </div>
  );
}
