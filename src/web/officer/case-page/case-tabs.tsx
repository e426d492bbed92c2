import type { Html } from '#jsx/jsx-runtime';
import type { PageContext } from '../../ui/page-context.ts';
import { caseUrl } from './load.ts';

export type CaseTab = 'view' | 'history' | 'messages' | 'notes' | 'documents' | 'external';

const TABS: readonly { tab: CaseTab; path: string }[] = [
  { tab: 'view', path: '' },
  { tab: 'history', path: '/historik' },
  { tab: 'messages', path: '/meddelanden' },
  { tab: 'notes', path: '/anteckningar' },
  { tab: 'documents', path: '/handlingar' },
  { tab: 'external', path: '/externt-arendenummer' },
];

/**
 * The case's parts as tabs that are plain links to their own pages (no
 * script needed; govuk-frontend's tab styles apply once its script has marked
 * the page supported, and without it they are a list of links).
 */
export function CaseTabs(props: {
  ctx: PageContext;
  caseId: string;
  current: CaseTab | undefined;
  unreadMessages: number;
}): Html {
  const { ctx } = props;
  const { t } = ctx;
  const label = (tab: CaseTab) =>
    tab === 'messages' && props.unreadMessages > 0
      ? t.t(
          new Intl.PluralRules(t.lang).select(props.unreadMessages) === 'one'
            ? 'officerCase.tabs.messagesUnreadOne'
            : 'officerCase.tabs.messagesUnread',
          { count: props.unreadMessages },
        )
      : t.t(`officerCase.tabs.${tab}`);
  return (
    <nav class="govuk-tabs" aria-label={t.t('officerCase.tabs.label')}>
      <ul class="govuk-tabs__list">
        {TABS.map(({ tab, path }) => (
          <li
            class={
              tab === props.current
                ? 'govuk-tabs__list-item govuk-tabs__list-item--selected'
                : 'govuk-tabs__list-item'
            }
          >
            <a
              class="govuk-tabs__tab"
              href={caseUrl(ctx, props.caseId, path)}
              aria-current={tab === props.current ? 'page' : undefined}
            >
              {label(tab)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
