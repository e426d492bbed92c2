/**
 * What the condition and calculation routes share around a post: reading
 * the mode, button and revision; turning typed JSON Logic into a rule; and
 * saving the changed question into the draft (redirect, 404 or the stale page).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import type { Problem } from '../../../domain/forms/schema/problems.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import type { PageContext } from '../../ui/page-context.ts';
import type { RulePageFrame } from './rule-page-parts.tsx';
import { field, type LoadedQuestion, MAX_JSON, withQuestion } from './shared.ts';
import { StalePage } from './stale-page.tsx';

export interface RuleRouteDeps {
  config: Config;
  services: Services;
}

/** The props every condition or calculation page has, from the loaded question. */
export function framePropsOf(ctx: PageContext, loaded: LoadedQuestion): RulePageFrame {
  const { version } = loaded;
  return {
    ctx,
    action: loaded.action,
    backHref: loaded.questionHref,
    serviceName: loaded.serviceName,
    versionNumber: version.number,
    editable: version.status === 'draft',
    revision: version.revision,
    definition: version.definition,
    question: loaded.question,
  };
}

/** How a GET shows the page: `?avancerat=1` for the JSON view, `?sparat=1` after a save. */
export function viewOfQuery(req: FastifyRequest): { mode: 'rows' | 'advanced'; saved: boolean } {
  const q = req.query as Record<string, unknown>;
  return { mode: q.avancerat === '1' ? 'advanced' : 'rows', saved: q.sparat === '1' };
}

export interface RulePost {
  actor: { id: string; name: string };
  t: Translator;
  fields: PostedFields;
  advancedMode: boolean;
  mode: 'rows' | 'advanced';
  /** The button pressed; 'save' when none. */
  action: string;
  /** The version's revision when the page was made; undefined when the post has none. */
  revision: string | undefined;
}

/** The posted form of a condition or calculation page. */
export async function readRulePost(
  config: Config,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<RulePost> {
  const staff = req.staff;
  if (!staff) throw new Error('requireStaff did not run');
  const t = pageContext(req, reply, config, 'staff').t;
  const { fields } = await readPostedForm(req);
  const advancedMode = field(fields, 'mode') === 'advanced';
  return {
    actor: { id: staff.id, name: staff.name },
    t,
    fields,
    advancedMode,
    mode: advancedMode ? 'advanced' : 'rows',
    action: field(fields, 'action') ?? 'save',
    revision: field(fields, 'revision'),
  };
}

/** Typed JSON Logic as a rule: undefined when blank; a message when too long or not JSON. */
export function parseRuleText(
  t: Translator,
  text: string,
):
  | { ok: true; rule: JsonLogicRule | undefined }
  | { ok: false; code: 'tooLong' | 'notJson'; message: string } {
  if (text.length > MAX_JSON)
    return {
      ok: false,
      code: 'tooLong',
      message: t.t('builderCond.error.tooLong', { max: t.number(MAX_JSON) }),
    };
  if (text.trim() === '') return { ok: true, rule: undefined };
  try {
    return { ok: true, rule: JSON.parse(text) as JsonLogicRule };
  } catch (e) {
    const reason = e instanceof Error ? e.message : '';
    return { ok: false, code: 'notJson', message: t.t('builderCond.error.notJson', { reason }) };
  }
}

/** What became of a save the caller still has to answer: schema problems, or not a draft (any other reason). */
export type SaveLeft = { sent: unknown } | { invalid: readonly Problem[] } | { notDraft: true };

/**
 * Saves the changed question into the draft, audited as `change`. Sends the
 * redirect back to the page (`?sparat=1`), a 404, or the stale page itself.
 */
export async function saveQuestion(
  { config, services }: RuleRouteDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedQuestion,
  post: RulePost & { revision: string },
  changed: Question,
  change: 'conditionSaved' | 'computedSaved',
): Promise<SaveLeft> {
  const { version } = loaded;
  const result = await services.builderVersions.saveDraft(
    loaded.m,
    version.id,
    withQuestion(version.definition, loaded.at, changed),
    post.actor,
    { expectedRevision: post.revision, detail: { change, key: changed.key } },
  );
  if (result.ok) {
    const url = `${loaded.action}?sparat=1${post.advancedMode ? '&avancerat=1' : ''}`;
    return { sent: reply.redirect(url, 303) };
  }
  if (result.reason === 'notFound') throw notFound();
  if (result.reason === 'stale') {
    const ctx = pageContext(req, reply, config, 'staff');
    return { sent: sendPage(reply, 409, <StalePage ctx={ctx} reloadHref={loaded.action} />) };
  }
  if (result.reason === 'invalid') return { invalid: result.problems };
  return { notDraft: true };
}
