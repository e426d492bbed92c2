import type { FastifyRequest } from 'fastify';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { statusName } from './event-text.ts';

/** What a change redirects with (?klart=<code>), so the page it lands on can say it worked. */
const NOTICES = {
  status: 'officerCase.notice.statusChanged',
  officers: 'officerCase.notice.officersChanged',
  taken: 'officerCase.notice.taken',
  flagged: 'officerCase.notice.flagged',
  unflagged: 'officerCase.notice.unflagged',
  colour: 'officerCase.notice.colourChanged',
  external: 'officerCase.notice.externalSaved',
  externalCleared: 'officerCase.notice.externalCleared',
  message: 'officerCase.notice.messageSent',
  note: 'officerCase.notice.noteAdded',
  answers: 'officerCase.notice.answersSaved',
  answersUnchanged: 'officerCase.notice.answersUnchanged',
} as const;

export type NoticeCode = keyof typeof NOTICES;

export const noticeQuery = (code: NoticeCode): string => `klart=${code}`;

/** The notice for ?klart= (only known codes; nothing from the URL is shown as such except a file name). */
export function noticeFor(req: FastifyRequest, t: Translator, page: OfficerCasePage): string | undefined {
  const q = req.query as Record<string, unknown>;
  if (typeof q.uppladdat === 'string')
    return t.t('officerCase.notice.uploaded', { name: q.uppladdat.slice(0, 200) });
  const code =
    typeof q.klart === 'string' && Object.hasOwn(NOTICES, q.klart) ? (q.klart as NoticeCode) : undefined;
  if (!code) return undefined;
  return t.t(NOTICES[code], { status: statusName(t, page.settings, page.c.status) });
}
