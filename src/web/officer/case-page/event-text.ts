import type { AnswerChange } from '../../../domain/cases/answer-diff.ts';
import { statusByKey } from '../../../domain/cases/statuses.ts';
import type { AnswerValue } from '../../../domain/forms/answers.ts';
import type { FormDefinition, Question } from '../../../domain/forms/definition.ts';
import { formatAnswer } from '../../../domain/forms/format.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import type { CaseHistoryEntry } from '../../../services/officer/case-view.ts';
import type { CaseSettings } from '../../../services/officer/case-view-settings.ts';
import { answerTexts } from '../../citizen/runner/answer-texts.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';

export interface EventFacts {
  definition: FormDefinition;
  settings: CaseSettings;
}

/** An event in words: one sentence, and lines under it (officers added, answers changed). */
export interface EventText {
  text: string;
  lines: string[];
}

const CHANNELS = ['web', 'paper', 'phone', 'visit', 'email'] as const;

/** How the case arrived (E-tjänst, Pappersblankett …); an unknown channel as itself. */
export function channelText(t: Translator, channel: string): string {
  const known = CHANNELS.find((c) => c === channel);
  return known ? t.t(`officerCase.channel.${known}`) : channel;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function actorOf(t: Translator, e: CaseHistoryEntry): string {
  if (e.actorKind === 'system') return t.t('officerCase.actor.system');
  return e.actorName ?? t.t('officerCase.actor.applicant');
}

export function statusName(t: Translator, settings: CaseSettings, key: string): string {
  const s = statusByKey(key, settings.statusSet);
  return s ? textIn(s.name, t.lang) : key;
}

export function colourName(t: Translator, settings: CaseSettings, key: string): string {
  const l = settings.colourLabels.find((c) => c.key === key);
  return l ? textIn(l.meaning, t.lang) : key;
}

function questionsByKey(def: FormDefinition): Map<string, Question> {
  return new Map(def.steps.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
}

/** "Namn: Tolvan → Tolvina", with the question's label and the answers as the case page shows them. */
export function changeLines(t: Translator, def: FormDefinition, changes: unknown): string[] {
  if (!Array.isArray(changes)) return [];
  const questions = questionsByKey(def);
  const opts = { lang: t.lang, texts: answerTexts(t) };
  const shown = (q: Question | undefined, v: AnswerValue | null): string => {
    if (v === null) return t.t('officerCase.history.empty');
    if (!q) return JSON.stringify(v);
    const f = formatAnswer(q, v, opts);
    const s = Array.isArray(f) ? f.join(', ') : f;
    return s === '' ? t.t('officerCase.history.empty') : s;
  };
  return (changes as AnswerChange[]).map((c) => {
    const q = questions.get(c.key);
    const label = q ? textIn(q.label, t.lang) : c.key;
    return `${label}: ${shown(q, c.before)} → ${shown(q, c.after)}`;
  });
}

const names = (v: unknown): string =>
  Array.isArray(v)
    ? v
        .map((p) => (typeof p === 'object' && p && 'name' in p ? str(p.name) : ''))
        .filter(Boolean)
        .join(', ')
    : '';

/** Every history event in words for officers (the resident's page has its own, shorter texts). */
export function describeEvent(t: Translator, facts: EventFacts, e: CaseHistoryEntry): EventText {
  const actor = actorOf(t, e);
  const d = e.details;
  const simple = (key: MessageKey, vars: Record<string, string> = {}): EventText => ({
    text: t.t(key, { actor, ...vars }),
    lines: [],
  });
  switch (e.type) {
    case 'submitted':
    case 'message_to_applicant':
    case 'message_from_applicant':
    case 'internal_note':
    case 'case_taken':
    case 'flagged':
    case 'unflagged':
      return simple(`officerCase.event.${e.type}`);
    case 'status_changed': {
      const r = simple('officerCase.event.status_changed', {
        from: statusName(t, facts.settings, str(d.previousStatus)),
        to: statusName(t, facts.settings, str(d.status)),
      });
      if (d.notifyApplicant === false) r.lines.push(t.t('officerCase.history.noNotify'));
      return r;
    }
    case 'registered_manually':
      return simple('officerCase.event.registered_manually', { channel: channelText(t, str(d.channel)) });
    case 'document_added':
      return simple('officerCase.event.document_added', { name: str(d.name) });
    case 'supplement_submitted':
    case 'answers_edited':
      return {
        text: t.t(`officerCase.event.${e.type}`, { actor }),
        lines: changeLines(t, facts.definition, d.changes),
      };
    case 'officers_changed': {
      const lines: string[] = [];
      if (names(d.added)) lines.push(t.t('officerCase.event.officersAdded', { names: names(d.added) }));
      if (names(d.removed)) lines.push(t.t('officerCase.event.officersRemoved', { names: names(d.removed) }));
      return { text: t.t('officerCase.event.officers_changed', { actor }), lines };
    }
    case 'assigned':
      return simple('officerCase.event.assigned', { name: str(d.name) });
    case 'colour_changed':
      return typeof d.colour === 'string'
        ? simple('officerCase.event.colour_changed', { colour: colourName(t, facts.settings, d.colour) })
        : simple('officerCase.event.colourCleared');
    case 'external_case_number_changed':
      return typeof d.externalCaseNumber === 'string'
        ? simple('officerCase.event.external_case_number_changed', { value: d.externalCaseNumber })
        : simple('officerCase.event.externalCleared');
    // Issue 6: notification events (texts in areas/notifications.ts).
    case 'case_overdue':
    case 'notify_contact_changed':
      return simple(`notifyHistory.${e.type}`);
    case 'document_downloaded':
      return simple('notifyHistory.document_downloaded', { name: str(d.name) });
    default:
      return simple('officerCase.event.other', { type: e.type });
  }
}
