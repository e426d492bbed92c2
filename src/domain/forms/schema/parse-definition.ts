/**
 * `parseDefinition(json)`: untrusted JSON (from the database, the builder or
 * an import) -> a typed, frozen definition, or every problem found, each with
 * a JSON Pointer and a code. Unknown properties are problems too.
 */
import { inspectRule } from '../conditions.ts';
import { type FormDefinition, type Question, SCHEMA_VERSION, type Step } from '../definition.ts';
import { dependencyOrder } from '../dependencies.ts';
import { handlerForType } from '../questions/registry.ts';
import type { Result } from '../result.ts';
import { ID_PATTERN, registerUnique } from './common.ts';
import type { Problem } from './problems.ts';
import { readQuestionWith } from './read-question.ts';
import { MISSING_TEXT, ObjectReader, pointer, type SchemaContext } from './reader.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function readStep(
  value: unknown,
  path: string,
  ctx: SchemaContext,
  stepIds: Map<string, string>,
): Step | undefined {
  const r = ObjectReader.of(value, path, ctx);
  if (!r) return undefined;
  const id = r.token('id', ID_PATTERN, 'invalidId', true);
  if (id !== undefined) registerUnique(stepIds, id, r.at('id'), r, 'duplicateId');
  const title = r.langText('title', true) ?? MISSING_TEXT;
  const description = r.langText('description');
  const items = r.array('questions', true) ?? [];
  if (r.has('questions') && items.length === 0) r.problem('questions', 'tooFew', { min: 1 });
  const questions: Question[] = [];
  items.forEach((item, i) => {
    const q = readQuestionWith(item, pointer(r.at('questions'), i), ctx, handlerForType);
    if (q) questions.push(q);
  });
  r.finish();
  const step: Step = { id: id ?? '', title, questions };
  if (description) step.description = description;
  return step;
}

/** Conditions and expressions: operators, known keys, and no circles. */
function checkRules(ctx: SchemaContext, questions: ReadonlyMap<string, { q: Question; path: string }>): void {
  const dependsOn = new Map<string, string[]>();
  for (const { path, rule, ownerKey, role } of ctx.rules) {
    const { references, problems } = inspectRule(rule);
    for (const p of problems)
      ctx.problems.push({ path: path + p.path, code: p.code, ...(p.params && { params: p.params }) });
    for (const ref of references) {
      const target = questions.get(ref.key);
      if (!target)
        ctx.problems.push({ path: path + ref.path, code: 'unknownConditionKey', params: { key: ref.key } });
      else if (target.q.type === 'info')
        ctx.problems.push({ path: path + ref.path, code: 'notAnswerable', params: { key: ref.key } });
      else if (role !== 'requiredWhen') {
        // requiredWhen does not change answers, so it cannot take part in a circle.
        const list = dependsOn.get(ownerKey) ?? [];
        list.push(ref.key);
        dependsOn.set(ownerKey, list);
      }
    }
  }
  const order = dependencyOrder([...questions.keys()], (k) => dependsOn.get(k) ?? []);
  if (!order.ok) {
    const first = questions.get(order.cycle[0] ?? '');
    ctx.problems.push({ path: first?.path ?? '', code: 'conditionCycle', params: { keys: order.cycle } });
  }
}

export function parseDefinition(json: unknown): Result<FormDefinition, Problem[]> {
  const ctx: SchemaContext = { problems: [], rules: [], questionIds: new Map(), inGroup: false };
  const r = ObjectReader.of(json, '', ctx);
  if (!r) return { ok: false, error: ctx.problems };

  const version = r.value('schemaVersion', true);
  if (version !== undefined && version !== SCHEMA_VERSION) {
    r.problem('schemaVersion', 'unsupportedSchemaVersion', { supported: SCHEMA_VERSION });
  }
  const items = r.array('steps', true) ?? [];
  if (r.has('steps') && items.length === 0) r.problem('steps', 'tooFew', { min: 1 });
  const stepIds = new Map<string, string>();
  const keys = new Map<string, string>();
  const questions = new Map<string, { q: Question; path: string }>();
  const steps: Step[] = [];
  items.forEach((item, i) => {
    const path = pointer(r.at('steps'), i);
    const step = readStep(item, path, ctx, stepIds);
    if (!step) return;
    step.questions.forEach((q, j) => {
      if (q.key === '') return;
      const qPath = pointer(pointer(path, 'questions'), j);
      registerUnique(keys, q.key, pointer(qPath, 'key'), r, 'duplicateKey');
      if (!questions.has(q.key)) questions.set(q.key, { q, path: qPath });
    });
    steps.push(step);
  });
  r.finish();
  checkRules(ctx, questions);

  if (ctx.problems.length > 0) return { ok: false, error: ctx.problems };
  return { ok: true, value: deepFreeze({ schemaVersion: SCHEMA_VERSION, steps }) };
}
