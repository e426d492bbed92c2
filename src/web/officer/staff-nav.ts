import type { NavItem } from '../ui/components/index.ts';
import type { PageContext } from '../ui/page-context.ts';
import { href } from '../ui/page-context.ts';

/** The staff menu; grows as officer, builder and admin pages arrive. */
export function staffNav(ctx: PageContext): NavItem[] {
  return [{ text: ctx.t.t('staff.nav.home'), href: href(ctx, '/handlaggare') }];
}
