import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { postedString, readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { CitizenDeps } from './index.ts';
import { type LoadedCase, loadResidentCase } from './load-case.ts';
import { requireResident } from './my-pages.routes.tsx';
import { NotificationContactPage } from './notification-contact-page.tsx';

/**
 * /mina-sidor/arenden/:caseId/aviseringar: the applicant sees where
 * notifications about the case go (e-mail, mobile number) and changes or
 * removes them. Only the case's owner, logged in; anyone else gets 404.
 */
export function registerNotificationContactRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { services, config } = deps;
  const contact = services.notifications.applicantContact;
  const ref = (l: LoadedCase) => ({ id: l.theCase.id, municipalityId: l.theCase.municipalityId });

  async function show(
    req: FastifyRequest,
    reply: FastifyReply,
    loaded: LoadedCase,
    state: { status: number; values?: { email: string; phone: string }; errors: FieldError[] },
  ) {
    const current = await contact.get(ref(loaded));
    const ctx = pageContext(req, reply, config, 'resident');
    return sendPage(
      reply,
      state.status,
      <NotificationContactPage
        ctx={ctx}
        caseId={loaded.theCase.id}
        caseNumber={loaded.theCase.caseNumber}
        current={current}
        values={state.values ?? { email: current.email ?? '', phone: current.phone ?? '' }}
        errors={state.errors}
        saved={(req.query as Record<string, unknown>).sparat === '1'}
      />,
    );
  }

  app.get('/mina-sidor/arenden/:caseId/aviseringar', async (req, reply) => {
    if (!requireResident(req, reply)) return reply;
    return show(req, reply, await loadResidentCase(req, services), { status: 200, errors: [] });
  });

  app.post('/mina-sidor/arenden/:caseId/aviseringar', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const loaded = await loadResidentCase(req, services);
    const form = await readPostedForm(req);
    const values = {
      email: postedString(form.fields, 'email').slice(0, 320),
      phone: postedString(form.fields, 'phone').slice(0, 40),
    };
    const r = await contact.set(ref(loaded), values, resident.name);
    if (r.ok) {
      return reply.redirect(
        `${req.basePath}/mina-sidor/arenden/${loaded.theCase.id}/aviseringar?sparat=1`,
        303,
      );
    }
    const t = pageContext(req, reply, config, 'resident').t;
    const errors = r.problems.map((p) =>
      p === 'invalidEmail'
        ? { field: 'email', message: t.t('notifyContact.invalidEmail') }
        : { field: 'phone', message: t.t('notifyContact.invalidPhone') },
    );
    return show(req, reply, loaded, { status: 422, values, errors });
  });
}
