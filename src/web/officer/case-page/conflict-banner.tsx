import type { Html } from '#jsx/jsx-runtime';
import type { CaseHistoryEntry } from '../../../services/officer/case-view.ts';
import { NotificationBanner } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { describeEvent, type EventFacts } from './event-text.ts';

/**
 * Shown instead of saving when the case changed after the form was rendered:
 * what happened since, so the officer can decide again. The form below it is
 * rendered at the new version with what the officer had typed.
 */
export function ConflictBanner(props: {
  t: Translator;
  facts: EventFacts;
  changes: readonly CaseHistoryEntry[];
}) {
  const { t } = props;
  return (
    <NotificationBanner t={t} title={t.t('officerCase.conflict.title')} id="conflict">
      <p class="govuk-notification-banner__heading">{t.t('officerCase.conflict.body')}</p>
      {props.changes.length > 0 ? (
        <>
          <h3 class="govuk-heading-s">{t.t('officerCase.conflict.changes')}</h3>
          <ul class="govuk-list govuk-list--bullet">
            {props.changes.map((e) => (
              <li>
                <EventLine t={t} facts={props.facts} event={e} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </NotificationBanner>
  );
}

/** One event: the time, the sentence and its lines. */
export function EventLine(props: { t: Translator; facts: EventFacts; event: CaseHistoryEntry }): Html {
  const { t, event } = props;
  const d = describeEvent(t, props.facts, event);
  return (
    <>
      <time datetime={event.occurredAt.toISOString()}>{t.date(event.occurredAt, true)}</time>: {d.text}
      {d.lines.length > 0 ? (
        <ul class="govuk-list govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          {d.lines.map((l) => (
            <li class="ingang-preserve-lines">{l}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
