import { NOTICES_PATH, OUTBOX_ADMIN_PATH } from '../admin/paths.ts';
import { BUILDER_PATH } from '../builder/paths.ts';
import type { NavItem } from '../ui/components/index.ts';
import type { PageContext } from '../ui/page-context.ts';
import { href } from '../ui/page-context.ts';

/** The staff menu. */
export function staffNav(ctx: PageContext): NavItem[] {
  const home = href(ctx, '/handlaggare');
  const path = new URL(ctx.currentUrl, 'http://localhost').pathname.replace(/\/+$/, '');
  return [
    // The overview is current only on itself, not on every page below it.
    { text: ctx.t.t('staff.nav.home'), href: home, current: path === home ? 'page' : false },
    { text: ctx.t.t('staff.nav.cases'), href: href(ctx, '/handlaggare/arenden') },
    { text: ctx.t.t('staff.nav.newCase'), href: href(ctx, '/handlaggare/nytt-arende') },
    { text: ctx.t.t('staff.nav.export'), href: href(ctx, '/handlaggare/export') },
    { text: ctx.t.t('staff.nav.broadcast'), href: href(ctx, '/handlaggare/utskick') },
    ...(ctx.user?.roles?.some((r) => r === 'developer' || r === 'admin')
      ? [{ text: ctx.t.t('staff.nav.builder'), href: href(ctx, BUILDER_PATH) }]
      : []),
    ...(ctx.user?.roles?.includes('admin')
      ? [
          { text: ctx.t.t('staff.nav.notifications'), href: href(ctx, NOTICES_PATH) },
          { text: ctx.t.t('staff.nav.failedMessages'), href: href(ctx, OUTBOX_ADMIN_PATH) },
        ]
      : []),
  ];
}
