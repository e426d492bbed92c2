/**
 * What every route of the step and question editor shares: loading the
 * version (and step or question) or 404, reading the post, saving with the
 * revision the page was read at, and turning a refusal, a conflict (stale,
 * not a draft) or schema problems into a page or field errors.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Edit, type EditRefusal, findQuestion } from '../../../../domain/builder/definition-edits.ts';
import { storedAssignmentRules } from '../../../../domain/cases/assignment-rules.ts';
import type { FormDefinition } from '../../../../domain/forms/definition.ts';
import type { Problem } from '../../../../domain/forms/schema/problems.ts';
import type { BuilderVersion, SaveDetail } from '../../../../services/builder/versions.ts';
import { notFound } from '../../../errors.tsx';
import type { OfficerDeps } from '../../../officer/index.ts';
import { requireStaff } from '../../../officer/require-staff.ts';
import { postedString, readPostedForm } from '../../../posted-form.ts';
import { pageContext, sendPage } from '../../../render.ts';
import type { FieldError } from '../../../ui/components/index.ts';
import type { Translator } from '../../../ui/i18n/translator.ts';
import { type EditorLinks, editorLinks } from '../editor-links.ts';
import { type Conflict, RefusedPage } from '../small-pages.tsx';
import { problemMessage, refusalText } from './problem-text.ts';

/** The version's address; every editor route is under it. */
export const PATH = '/handlaggare/bygg/:eServiceId/versioner/:versionId';

type Params = { eServiceId: string; versionId: string; stepId?: string; questionId?: string };

export interface Loaded {
  m: string;
  actor: { id: string; name: string };
  serviceName: string;
  version: BuilderVersion;
  links: EditorLinks;
  editable: boolean;
  /** The e-service's automatic assignment rules (stored form): the keys they read are protected too. */
  rules: { assignmentRules?: unknown };
}

/** Why a save did not happen: refused by the edit, a conflict, or schema problems. */
export type NotSaved =
  | EditRefusal
  | { ok: false; conflict: Exclude<Conflict, null> }
  | { ok: false; problems: Problem[] };
export type SaveResult = { ok: true } | NotSaved;

export const isRefusal = (x: SaveResult): x is EditRefusal => 'code' in x;
export const isSaved = (x: SaveResult): x is { ok: true } => !isRefusal(x) && x.ok;

/** The post's fields: `get` a single one (line ends as \n), `all` of them. */
export interface Posted {
  get: (name: string) => string;
  all: Awaited<ReturnType<typeof readPostedForm>>['fields'];
}

export type EditorKit = ReturnType<typeof editorKit>;

export function editorKit({ config, services }: OfficerDeps) {
  const preHandler = requireStaff(services, 'developer');

  async function load(req: FastifyRequest): Promise<Loaded> {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const { eServiceId, versionId } = req.params as Params;
    const m = staff.municipalityId;
    const version = await services.builderVersions.getVersion(m, eServiceId, versionId);
    if (!version) throw notFound();
    const e = await services.eServices.byId(m, eServiceId);
    if (!e) throw notFound();
    const assignment = await services.builderAssignment.load(m, eServiceId);
    return {
      rules: assignment ? { assignmentRules: storedAssignmentRules(assignment.rules) } : {},
      m,
      actor: { id: staff.id, name: staff.name },
      serviceName: e.name.sv,
      version,
      links: editorLinks(req.basePath, eServiceId, versionId),
      editable: version.status === 'draft',
    };
  }

  /** The step of the address, or 404. */
  const stepOf = (l: Loaded, req: FastifyRequest) => {
    const { stepId } = req.params as Params;
    const step = l.version.definition.steps.find((s) => s.id === stepId);
    if (!step) throw notFound();
    return step;
  };

  /** The question of the address (and its step), or 404. */
  const questionOf = (l: Loaded, req: FastifyRequest) => {
    const at = findQuestion(l.version.definition, (req.params as Params).questionId ?? '');
    if (!at) throw notFound();
    return at;
  };

  async function posted(req: FastifyRequest): Promise<Posted> {
    const form = await readPostedForm(req);
    return {
      get: (name: string) => postedString(form.fields, name).replace(/\r\n/g, '\n'),
      all: form.fields,
    };
  }

  /** Saves the edit's definition if the version is still at the posted revision. */
  async function save(l: Loaded, revision: string, edit: Edit, detail: SaveDetail): Promise<SaveResult> {
    if (!edit.ok) return edit.error;
    const r = await services.builderVersions.saveDraft(l.m, l.version.id, edit.value, l.actor, {
      expectedRevision: revision,
      detail,
    });
    if (r.ok) return { ok: true };
    if (r.reason === 'stale') return { ok: false, conflict: 'stale' };
    if (r.reason === 'notDraft') return { ok: false, conflict: 'notDraft' };
    if (r.reason === 'invalid') return { ok: false, problems: r.problems };
    throw notFound();
  }

  /** A structure-page action that did not happen: 404 for a tampered id, 409 with the reason otherwise. */
  function refused(req: FastifyRequest, reply: FastifyReply, l: Loaded, outcome: NotSaved) {
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    let heading: string;
    let items: string[] = [];
    if (isRefusal(outcome)) {
      if (outcome.code === 'stepNotFound' || outcome.code === 'questionNotFound') throw notFound();
      ({ heading, items } = refusalText(t, l.version.definition, outcome));
    } else if ('conflict' in outcome) {
      heading = t.t(`builderEd.conflict.${outcome.conflict}`);
      if (outcome.conflict === 'stale') items = [t.t('builderEd.conflict.staleMove')];
    } else {
      heading = t.t('builderEd.refused.invalid');
      items = outcome.problems.map((p) => problemMessage(t, p));
    }
    return sendPage(
      reply,
      409,
      <RefusedPage ctx={ctx} heading={heading} items={items} back={l.links.version} />,
    );
  }

  return { config, preHandler, load, stepOf, questionOf, posted, save, refused };
}

/** A form page's save that did not happen: the conflict for the banner, or errors on `field`. */
export function outcomeErrors(
  t: Translator,
  out: NotSaved,
  field: string,
  def: FormDefinition,
): { conflict: Conflict; errors: FieldError[] } {
  if (isRefusal(out)) {
    if (out.code === 'stepNotFound' || out.code === 'questionNotFound') throw notFound();
    const { heading, items } = refusalText(t, def, out);
    return { conflict: null, errors: [{ field, message: [heading, ...items].join(' ') }] };
  }
  if ('conflict' in out) return { conflict: out.conflict, errors: [] };
  return { conflict: null, errors: out.problems.map((p) => ({ field, message: problemMessage(t, p) })) };
}
