import { setAssignmentRules } from './cases/auto-assign.ts';
import { seedDemoEServices } from './demo/index.ts';
import { kulturskolanAssignmentRules } from './demo/kulturskolan.ts';
import type { Services } from './index.ts';
import { setEServiceOfficers } from './officer/handlers.ts';

/**
 * Demo data for a first start on an empty embedded database. The credentials
 * are printed in the README and are for demonstration only; production
 * refuses to start with SEED_DEMO on.
 */
export const DEMO_USERS = [
  { username: 'admin', password: 'demo-admin-2026', name: 'Alva Admin', roles: ['admin'] },
  { username: 'utvecklare', password: 'demo-utvecklare-2026', name: 'Ebba Utvecklare', roles: ['developer'] },
  { username: 'anna', password: 'demo-handlaggare-2026', name: 'Anna Handläggare', roles: ['officer'] },
  { username: 'erik', password: 'demo-handlaggare-2026', name: 'Erik Handläggare', roles: ['officer'] },
] as const;

export async function seedDemo(services: Services): Promise<boolean> {
  const existing = await services.db.selectFrom('municipality').select('id').limit(1).execute();
  if (existing.length > 0) return false;
  const m = await services.municipalities.create({
    slug: 'demo',
    name: 'Demo kommun',
    brandColour: '#1f5c99',
    contactEmail: 'kontakt@demo.kommun.example',
    contactPhone: '0123-456 00',
    contactAddress: 'Storgatan 1, 123 45 Demostad',
    accessibilityStatement: {
      sv: 'Demo kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är granskad mot EN 301 549 (WCAG 2.1 nivå AA). Hittar du något som inte fungerar, kontakta oss på kontakt@demo.kommun.example eller 0123-456 00. Om du inte är nöjd med vårt svar kan du kontakta Myndigheten för digital förvaltning (Digg).',
      en: 'Demo kommun is responsible for this website. We want as many people as possible to be able to use it. The website is checked against EN 301 549 (WCAG 2.1 level AA). If you find something that does not work, contact us at kontakt@demo.kommun.example or 0123-456 00. If you are not satisfied with our answer, you can contact the Agency for Digital Government (Digg).',
      ar: 'تتحمل Demo kommun مسؤولية هذا الموقع. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامه. تم فحص الموقع وفق المعيار EN 301 549 (WCAG 2.1 المستوى AA). إذا وجدت شيئاً لا يعمل، اتصل بنا على kontakt@demo.kommun.example أو 0123-456 00.',
    },
  });
  const users: Record<string, string> = {};
  for (const u of DEMO_USERS) {
    const p = await services.staffUsers.create({
      municipalityId: m.id,
      username: u.username,
      password: u.password,
      name: u.name,
      email: `${u.username}@demo.kommun.example`,
      roles: [...u.roles],
    });
    users[u.username] = p.id;
  }
  const groups = {
    skolmat: await services.staffUsers.createGroup(m.id, 'Skolmat', [users.anna as string]),
    kultur: await services.staffUsers.createGroup(m.id, 'Kulturskolan', [users.erik as string]),
    skolskjuts: await services.staffUsers.createGroup(m.id, 'Skolskjuts', [
      users.anna as string,
      users.erik as string,
    ]),
  };
  const eServices = await seedDemoEServices(services, m.id);
  // Who handles which demo e-service: groups for the school ones, one person each for the others.
  const handlers: Record<string, { userId?: string; groupId?: string }[]> = {
    'ansokan-om-specialkost': [{ groupId: groups.skolmat }],
    'skolskjuts-ansokan': [{ groupId: groups.skolskjuts }],
    'kulturskolan-ansokan': [{ groupId: groups.kultur }],
    'funktionsstod-ersattning-sjuklonekostnader': [{ userId: users.anna as string }],
    'forbattringsforslag-befintlig-e-service': [{ userId: users.erik as string }],
  };
  for (const e of eServices) {
    await setEServiceOfficers(services.db, m.id, e.id, handlers[e.slug] ?? []);
  }
  const kulturskolan = eServices.find((e) => e.slug === 'kulturskolan-ansokan');
  if (kulturskolan) {
    const rules = kulturskolanAssignmentRules({
      erik: users.erik as string,
      kulturskolanGroup: groups.kultur,
    });
    const saved = await setAssignmentRules(services.db, m.id, kulturskolan.id, rules);
    if (!saved.ok) throw new Error(`Demo assignment rules refused: ${JSON.stringify(saved.error)}`);
  }
  return true;
}
