import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Services } from '../../services/index.ts';
import { DEAD_LETTER_PAGE } from '../../services/outbox/dead-letters.ts';
import { requireStaff } from '../officer/require-staff.ts';
import { readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import { OUTBOX_ADMIN_PATH, OutboxAdminPage } from './outbox-page.tsx';

const whole = (v: unknown, max: number): number | null =>
  typeof v === 'string' && /^\d{1,15}$/.test(v) && Number(v) >= 1 && Number(v) <= max ? Number(v) : null;

/**
 * /handlaggare/admin/meddelanden: messages the outbox gave up on, for the
 * municipality's admins only, and sending them again (audited).
 */
export function registerOutboxAdminRoutes(
  app: FastifyInstance,
  deps: { config: Config; services: Services },
) {
  const { config, services } = deps;
  const preHandler = requireStaff(services, 'admin');

  app.get(OUTBOX_ADMIN_PATH, { preHandler }, async (req, reply) => {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const q = req.query as Record<string, unknown>;
    const page = whole(q.page, 1_000_000) ?? 1;
    const { items, total } = await services.notifications.deadLetters.list(staff.municipalityId, page);
    const ctx = pageContext(req, reply, config, 'staff');
    const retried =
      typeof q.skickade === 'string' && /^\d{1,6}$/.test(q.skickade) ? Number(q.skickade) : null;
    return sendPage(
      reply,
      200,
      <OutboxAdminPage
        ctx={ctx}
        items={items}
        total={total}
        page={page}
        pages={Math.max(1, Math.ceil(total / DEAD_LETTER_PAGE))}
        retried={retried}
      />,
    );
  });

  app.post(`${OUTBOX_ADMIN_PATH}/skicka-igen`, { preHandler }, async (req, reply) => {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const { fields } = await readPostedForm(req);
    const raw = fields.id;
    const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .slice(0, 200)
      .map((v) => whole(v, Number.MAX_SAFE_INTEGER))
      .filter((n): n is number => n !== null);
    const n = await services.notifications.deadLetters.retry(staff.municipalityId, ids, `staff:${staff.id}`);
    return reply.redirect(`${req.basePath}${OUTBOX_ADMIN_PATH}?skickade=${n}`, 303);
  });
}
