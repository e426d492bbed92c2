import type { Html } from '#jsx/jsx-runtime';
import { NOTICES_PATH } from '../admin/paths.ts';
import type { MessageKey } from '../ui/i18n/translator.ts';
import { href, type PageContext } from '../ui/page-context.ts';
import { builderPath } from './paths.ts';

/**
 * The parts of an e-service a developer sets beyond its versions, linked from
 * the e-service page. Each entry is a page (or a hub of pages) of its own
 * under /handlaggare/bygg/:eServiceId; one line here per part.
 */
interface Section {
  text: MessageKey;
  /** Below the e-service's builder path, or an absolute staff path when `absolute`. */
  path: string;
  absolute?: boolean;
  adminOnly?: boolean;
}

const SECTIONS: readonly Section[] = [
  { text: 'builder.section.handling', path: '/installningar' },
  { text: 'builder.section.officers', path: '/behorighet' },
  { text: 'builder.section.assignment', path: '/tilldelning' },
  { text: 'builder.section.languages', path: '/sprak' },
  { text: 'builder.section.notifications', path: NOTICES_PATH, absolute: true, adminOnly: true },
  { text: 'builder.section.copy', path: '/kopiera' },
];

export function EServiceSections(props: { ctx: PageContext; eServiceId: string }): Html {
  const { ctx, eServiceId } = props;
  const isAdmin = ctx.user?.roles?.includes('admin') ?? false;
  return (
    <nav aria-labelledby="eservice-sections">
      <h2 class="govuk-heading-m" id="eservice-sections">
        {ctx.t.t('builder.section.heading')}
      </h2>
      <ul class="govuk-list">
        {SECTIONS.filter((s) => !s.adminOnly || isAdmin).map((s) => (
          <li>
            <a
              class="govuk-link"
              href={href(
                ctx,
                s.absolute ? `${s.path}/${encodeURIComponent(eServiceId)}` : builderPath(eServiceId, s.path),
              )}
            >
              {ctx.t.t(s.text)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
