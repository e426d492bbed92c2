import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { columnReaders } from '../../../../domain/builder/column-readers.ts';
import { updateQuestion } from '../../../../domain/builder/definition-edits.ts';
import type { GroupCellQuestion, GroupQuestion } from '../../../../domain/forms/definition.ts';
import { notFound } from '../../../errors.tsx';
import { pageContext, sendPage } from '../../../render.ts';
import type { FieldError } from '../../../ui/components/index.ts';
import { buildQuestion } from '../build-question.ts';
import { ColumnPage } from '../column-page.tsx';
import { columnAnchor } from '../editor-links.ts';
import { formOf, type QuestionForm, readQuestionForm } from '../question-form.ts';
import { applyRowAction } from '../row-actions.ts';
import type { Conflict } from '../small-pages.tsx';
import { type EditorKit, isSaved, type Loaded, outcomeErrors, PATH } from './editor-kit.tsx';
import { columnProblemField, formProblemText, problemMessage, readerText } from './problem-text.ts';

/** The group question and its column of the address, or 404. */
function columnOf(kit: EditorKit, l: Loaded, req: FastifyRequest) {
  const { question } = kit.questionOf(l, req);
  if (question.type !== 'group') throw notFound();
  const { columnId } = req.params as { columnId?: string };
  const column = question.questions.find((c) => c.id === columnId);
  if (!column) throw notFound();
  return { group: question, column };
}

/**
 * …/fragor/:questionId/kolumner/:columnId: a repeating group's column with
 * every setting of its type, saved into the group.
 */
export function registerColumnRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;
  const url = `${PATH}/fragor/:questionId/kolumner/:columnId`;

  function columnPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    at: { group: GroupQuestion; column: GroupCellQuestion },
    form: QuestionForm,
    errors: FieldError[],
    conflict: Conflict,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <ColumnPage
        ctx={ctx}
        links={l.links}
        group={at.group}
        column={at.column}
        form={form}
        revision={l.version.revision}
        editable={l.editable}
        errors={errors}
        conflict={conflict}
      />,
    );
  }

  app.get(url, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const at = columnOf(kit, l, req);
    return columnPage(req, reply, l, 200, at, formOf(at.column), [], l.editable ? null : 'notDraft');
  });

  app.post(url, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const at = columnOf(kit, l, req);
    const { group, column } = at;
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await kit.posted(req);
    const form = readQuestionForm(f.all);
    // What the column page does not show stays as it was (help and summary are the group's).
    const kept = formOf(column).fields;
    form.fields.help = kept.help ?? '';
    form.fields.summary = kept.summary ?? '';
    const row = applyRowAction(form, f.get('action'));
    if (row) return columnPage(req, reply, l, 200, at, row.form, [], null);
    const again = (status: number, errors: FieldError[], conflict: Conflict = null) =>
      columnPage(req, reply, l, status, at, form, errors, conflict);

    const built = buildQuestion(column, form, () => column.id);
    const errors: FieldError[] = built.ok
      ? []
      : built.problems.map((p) => ({ field: p.field, message: formProblemText(t, p) }));
    const key = (form.fields.key ?? '').trim();
    if (group.questions.some((c) => c.id !== column.id && c.key === key))
      errors.push({ field: 'key', message: formProblemText(t, { field: 'key', code: 'duplicateKey' }) });
    if (errors.length > 0 || !built.ok) return again(422, errors);
    const def = l.version.definition;
    // A renamed column must not leave the rules that read it dangling.
    const readers = key === column.key ? [] : columnReaders(def, group.key, column.key);
    if (readers.length > 0) {
      const heading = t.t('builderEd.refused.columnReadBy', { column: column.label.sv, key: column.key });
      const list = readers.map((r) => readerText(t, def, { kind: 'rule', ...r })).join('; ');
      return again(409, [
        { field: 'key', message: `${heading} ${t.t('builderEd.error.keyRead', { list })}` },
      ]);
    }

    const saved = built.question as GroupCellQuestion;
    const next: GroupQuestion = {
      ...group,
      questions: group.questions.map((c) => (c.id === column.id ? saved : c)),
    };
    const edit = updateQuestion(def, group.id, next, l.rules);
    const out = await kit.save(l, f.get('revision'), edit, {
      change: 'columnSaved',
      key: saved.key,
      question: group.key,
    });
    if (isSaved(out))
      return reply.redirect(
        `${l.links.question(group.id)}?klart=columnSaved#${columnAnchor(column.id)}`,
        303,
      );
    if (!('problems' in out)) {
      const { conflict, errors: refused } = outcomeErrors(t, out, 'key', def);
      return again(409, refused, conflict);
    }
    const after = edit.ok ? edit.value : def;
    return again(
      422,
      out.problems.map((p) => ({
        field: columnProblemField(after, group.id, column.id, p),
        message: problemMessage(t, p),
      })),
    );
  });
}
