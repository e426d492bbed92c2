import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../../services/index.ts';
import type { Refused } from '../../../services/officer/case-actions-core.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { notFound } from '../../errors.tsx';
import type { FieldError } from '../../ui/components/index.ts';
import { changesSince } from './conflict.ts';
import { caseIdOf, caseRedirect, loadCasePage } from './load.ts';
import { type NoticeCode, noticeQuery } from './notices.ts';

/** How a refused post is shown again: 409 with what changed, or 422 with the service's objection. */
export type RefusalView<Code extends string> =
  | { status: 409; errors: FieldError[]; conflict: CaseHistoryEntry[] }
  | { status: 422; errors: FieldError[]; code: Code };

/**
 * What every case tool does when the service refused its post: 404 when the
 * case is out of the officer's sight; otherwise the form again at the case's
 * current version, 409 listing what happened since the form was shown, or 422
 * with `errorsFor(code)` in the error summary. `show` renders it and keeps what
 * the officer typed.
 */
export async function showRefusal<Code extends string>(
  req: FastifyRequest,
  services: Services,
  refused: Refused<Code>,
  seenEvent: number | undefined,
  errorsFor: (code: Code) => FieldError[],
  show: (page: OfficerCasePage, view: RefusalView<Code>) => FastifyReply,
): Promise<FastifyReply> {
  if (refused.reason === 'notFound') throw notFound();
  const { page } = await loadCasePage(req, services);
  if (refused.reason === 'conflict') {
    return show(page, { status: 409, errors: [], conflict: await changesSince(services, page, seenEvent) });
  }
  return show(page, { status: 422, errors: errorsFor(refused.code), code: refused.code });
}

/** A tool's post went through: back to the case (or its `path`), with the notice that says so. */
export function redirectToCase(req: FastifyRequest, reply: FastifyReply, notice: NoticeCode, path = '') {
  return reply.redirect(caseRedirect(req, caseIdOf(req), path, noticeQuery(notice)), 303);
}
