import type { NavItem } from '../ui/components/index.ts';
import type { PageContext } from '../ui/page-context.ts';
import { href } from '../ui/page-context.ts';

/** The staff menu. */
export function staffNav(ctx: PageContext): NavItem[] {
  return [
    { text: ctx.t.t('staff.nav.home'), href: href(ctx, '/handlaggare') },
    { text: ctx.t.t('staff.nav.cases'), href: href(ctx, '/handlaggare/arenden') },
    { text: ctx.t.t('staff.nav.newCase'), href: href(ctx, '/handlaggare/nytt-arende') },
    { text: ctx.t.t('staff.nav.export'), href: href(ctx, '/handlaggare/export') },
  ];
}
