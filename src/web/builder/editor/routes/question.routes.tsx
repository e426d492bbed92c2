import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { columnReaders } from '../../../../domain/builder/column-readers.ts';
import { findQuestion, keysIn, updateQuestion } from '../../../../domain/builder/definition-edits.ts';
import type { FormDefinition, Question } from '../../../../domain/forms/definition.ts';
import { notFound } from '../../../errors.tsx';
import { pageContext, sendPage } from '../../../render.ts';
import type { FieldError } from '../../../ui/components/index.ts';
import type { Translator } from '../../../ui/i18n/translator.ts';
import { buildQuestion } from '../build-question.ts';
import { questionAnchor } from '../editor-links.ts';
import { columnField, formOf, type QuestionForm, readQuestionForm } from '../question-form.ts';
import { QuestionPage } from '../question-page.tsx';
import { applyRowAction } from '../row-actions.ts';
import type { Conflict } from '../small-pages.tsx';
import { type EditorKit, isRefusal, isSaved, type Loaded, PATH } from './editor-kit.tsx';
import { formProblemText, problemField, problemMessage, readerText, refusalText } from './problem-text.ts';

/** Makes ids for a group question's new columns, unused by any column of the definition. */
function columnIds(def: FormDefinition, questionId: string): () => string {
  let n = 0;
  const taken = new Set<string>();
  for (const s of def.steps)
    for (const q of s.questions) if (q.type === 'group') for (const c of q.questions) taken.add(c.id);
  return () => {
    let id: string;
    do id = `${questionId}-kolumn-${++n}`;
    while (taken.has(id));
    return id;
  };
}

/** Columns renamed or removed while a rule over the group reads them, as errors on their rows. */
function columnsInUse(t: Translator, def: FormDefinition, old: Question, next: Question): FieldError[] {
  if (old.type !== 'group') return [];
  const now = next.type === 'group' ? next.questions : [];
  const errors: FieldError[] = [];
  for (const c of old.questions) {
    const i = now.findIndex((n) => n.id === c.id);
    if (i >= 0 && now[i]?.key === c.key) continue;
    const readers = columnReaders(def, old.key, c.key);
    if (readers.length === 0) continue;
    const heading = t.t('builderEd.refused.columnReadBy', { column: c.label.sv, key: c.key });
    const list = readers.map((r) => readerText(t, def, { kind: 'rule', ...r })).join('; ');
    errors.push({
      field: i >= 0 ? columnField(i, 'key') : 'addColumn',
      message: `${heading} ${t.t('builderEd.error.keyRead', { list })}`,
    });
  }
  return errors;
}

/** …/fragor/:questionId: a question's settings, with row buttons for options and columns. */
export function registerQuestionRoutes(app: FastifyInstance, kit: EditorKit): void {
  const { preHandler, config } = kit;

  function questionPage(
    req: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    status: number,
    question: Question,
    form: QuestionForm,
    errors: FieldError[],
    conflict: Conflict,
    added = false,
    columnSaved = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const at = findQuestion(l.version.definition, question.id);
    return sendPage(
      reply,
      status,
      <QuestionPage
        ctx={ctx}
        links={l.links}
        action={l.links.question(question.id)}
        question={question}
        stepName={at?.step.title.sv ?? ''}
        form={form}
        revision={l.version.revision}
        editable={l.editable}
        errors={errors}
        conflict={conflict}
        added={added}
        columnSaved={columnSaved}
      />,
    );
  }

  app.get(`${PATH}/fragor/:questionId`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const { question } = kit.questionOf(l, req);
    const added = (req.query as Record<string, unknown>).ny === '1' && l.editable;
    const columnSaved = (req.query as Record<string, unknown>).klart === 'columnSaved';
    const conflict = l.editable ? null : 'notDraft';
    return questionPage(req, reply, l, 200, question, formOf(question), [], conflict, added, columnSaved);
  });

  app.post(`${PATH}/fragor/:questionId`, { preHandler }, async (req, reply) => {
    const l = await kit.load(req);
    const { question } = kit.questionOf(l, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const f = await kit.posted(req);
    const form = readQuestionForm(f.all);
    const row = applyRowAction(form, f.get('action'));
    // A row button: the form changes on the page, nothing is saved yet.
    if (row) return questionPage(req, reply, l, 200, question, row.form, [], null);
    const again = (status: number, errors: FieldError[], conflict: Conflict = null) =>
      questionPage(req, reply, l, status, question, form, errors, conflict);

    const def = l.version.definition;
    const built = buildQuestion(question, form, columnIds(def, question.id));
    const errors: FieldError[] = built.ok
      ? []
      : built.problems.map((p) => ({ field: p.field, message: formProblemText(t, p) }));
    const key = (form.fields.key ?? '').trim();
    if (key !== question.key && keysIn(def).has(key))
      errors.push({ field: 'key', message: t.t('builderEd.error.keyTaken', { key }) });
    if (errors.length > 0 || !built.ok) return again(422, errors);
    const dangling = columnsInUse(t, def, question, built.question);
    if (dangling.length > 0) return again(409, dangling);

    const out = await kit.save(
      l,
      f.get('revision'),
      updateQuestion(def, question.id, built.question, l.rules),
      {
        change: 'questionSaved',
        key: built.question.key,
      },
    );
    if (isSaved(out))
      return reply.redirect(`${l.links.version}?klart=questionSaved#${questionAnchor(question.id)}`, 303);
    if (isRefusal(out)) {
      if (out.code === 'questionNotFound') throw notFound();
      const { heading, items } = refusalText(t, def, out);
      const message = t.t('builderEd.error.keyRead', { list: items.join('; ') });
      return again(409, [{ field: 'key', message: `${heading} ${message}` }]);
    }
    if ('conflict' in out) return again(409, [], out.conflict);
    const tried = updateQuestion(def, question.id, built.question, l.rules);
    const after = tried.ok ? tried.value : def;
    const schemaErrors = out.problems.map((p) => ({
      field: problemField(after, question.id, p),
      message: problemMessage(t, p),
    }));
    return again(422, schemaErrors);
  });
}
