/**
 * The builder's edits of a draft's steps and questions (issue 7, item 3).
 *
 * Pure: every edit takes a (frozen) definition and returns a new one, or a
 * refusal in codes the web layer puts in words. Nothing here validates a
 * question's settings: `parseDefinition` does that when the draft is saved.
 * What this module guards is what the schema cannot know about: the last step
 * or question, and a question (or key) that a condition, computed value or
 * automatic assignment rule reads.
 */
import { randomUUID } from 'node:crypto';
import { parseAssignmentRules, referencedKeys } from '../cases/assignment-rules.ts';
import type {
  ChoiceOption,
  FormDefinition,
  GroupCellQuestion,
  LangText,
  Question,
  QuestionType,
  Step,
} from '../forms/definition.ts';
import { QUESTION_TYPES } from '../forms/definition.ts';
import type { Result } from '../forms/result.ts';
import { type RuleRole, rulesReading } from './references.ts';

/** Something that reads a question's answer by its key. */
export type Reader =
  | { kind: 'rule'; stepId: string; questionKey: string; role: RuleRole }
  /** An automatic assignment rule of the e-service, 1-based. */
  | { kind: 'assignment'; rule: number };

export type EditRefusal =
  | { code: 'stepNotFound' }
  | { code: 'questionNotFound' }
  | { code: 'unknownType' }
  /** A version needs at least one step. */
  | { code: 'lastStep' }
  /** A step needs at least one question: delete the step instead. */
  | { code: 'lastQuestion' }
  /** Already first / last, or moved to the step it is in. */
  | { code: 'cannotMove' }
  /** The question (or its old key) is read by these. */
  | { code: 'readBy'; key: string; readers: Reader[] };

export type Edit = Result<FormDefinition, EditRefusal>;
/** An edit that made something new, with its id. */
export type Addition = Result<{ definition: FormDefinition; id: string; key: string }, EditRefusal>;

export interface EditOptions {
  /** Makes a new id (tests pass a counter); by default a random one. */
  newId?: (kind: 'step' | 'question') => string;
  /** `e_service.assignment_rules` as stored, so keys they read are protected too. */
  assignmentRules?: unknown;
}

export type Direction = 'up' | 'down';

const defaultId = (kind: 'step' | 'question') =>
  `${kind === 'step' ? 'steg' : 'fraga'}-${randomUUID().slice(0, 8)}`;

/** A deep, unfrozen copy to change. */
const copy = (def: FormDefinition): FormDefinition => structuredClone(def) as FormDefinition;
const refuse = (error: EditRefusal) => ({ ok: false as const, error });

/** Every id in the version, group columns included. */
export function idsIn(def: FormDefinition): Set<string> {
  const ids = new Set<string>();
  for (const s of def.steps) {
    ids.add(s.id);
    for (const q of s.questions) {
      ids.add(q.id);
      if (q.type === 'group') for (const c of q.questions) ids.add(c.id);
    }
  }
  return ids;
}

export function keysIn(def: FormDefinition): Set<string> {
  return new Set(def.steps.flatMap((s) => s.questions.map((q) => q.key)));
}

function freshId(def: FormDefinition, kind: 'step' | 'question', opts: EditOptions, also: Set<string>) {
  const taken = idsIn(def);
  for (const id of also) taken.add(id);
  const make = opts.newId ?? defaultId;
  for (;;) {
    const id = make(kind);
    if (!taken.has(id)) {
      also.add(id);
      return id;
    }
  }
}

/**
 * A question key from a Swedish label: lower camel case in ASCII ("Barnets
 * förnamn" -> "barnetsFornamn"; å and ä become a, ö becomes o), starting with a
 * letter, at most 64 characters, made unique among `taken` with 2, 3 ….
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string> = new Set()): string {
  const ascii = label
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let key = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (!/^[a-z]/.test(key)) key = `fraga${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  key = key.slice(0, 60);
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) if (!taken.has(`${key}${n}`)) return `${key}${n}`;
}

/** Where a question is. */
export function findQuestion(
  def: FormDefinition,
  questionId: string,
): { step: Step; stepIndex: number; question: Question; index: number } | undefined {
  for (const [stepIndex, step] of def.steps.entries()) {
    const index = step.questions.findIndex((q) => q.id === questionId);
    const question = step.questions[index];
    if (question) return { step, stepIndex, question, index };
  }
  return undefined;
}

/** What reads the answer of `key`: conditions and expressions of other questions, and assignment rules. */
export function readersOf(def: FormDefinition, key: string, assignmentRules?: unknown): Reader[] {
  const readers: Reader[] = rulesReading(def, key)
    .filter((r) => r.questionKey !== key)
    .map((r) => ({ kind: 'rule' as const, ...r }));
  if (assignmentRules !== undefined && assignmentRules !== null) {
    const parsed = parseAssignmentRules(assignmentRules);
    if (parsed.ok)
      parsed.value.forEach((rule, i) => {
        if (referencedKeys(rule).includes(key)) readers.push({ kind: 'assignment', rule: i + 1 });
      });
  }
  return readers;
}

// ---- steps ----

export function addStep(
  def: FormDefinition,
  input: { title: string; description?: string },
  opts: EditOptions = {},
): Addition {
  const next = copy(def);
  const made = new Set<string>();
  const id = freshId(def, 'step', opts, made);
  const label = 'Ny fråga';
  const key = keyFromLabel(label, keysIn(def));
  const first = defaultQuestion('text', freshId(def, 'question', opts, made), key, label);
  const step: Step = { id, title: { sv: input.title }, questions: [first] };
  if (input.description) step.description = { sv: input.description };
  next.steps.push(step);
  return { ok: true, value: { definition: next, id, key } };
}

/** The Swedish title and description; other languages are kept. An empty description removes it. */
export function updateStep(
  def: FormDefinition,
  stepId: string,
  input: { title: string; description?: string },
): Edit {
  const next = copy(def);
  const step = next.steps.find((s) => s.id === stepId);
  if (!step) return refuse({ code: 'stepNotFound' });
  step.title = { ...step.title, sv: input.title };
  if (input.description) step.description = { ...(step.description ?? {}), sv: input.description };
  else delete step.description;
  return { ok: true, value: next };
}

function swap<T>(list: T[], i: number, j: number): boolean {
  const a = list[i];
  const b = list[j];
  if (a === undefined || b === undefined) return false;
  list[i] = b;
  list[j] = a;
  return true;
}

export function moveStep(def: FormDefinition, stepId: string, direction: Direction): Edit {
  const next = copy(def);
  const i = next.steps.findIndex((s) => s.id === stepId);
  if (i < 0) return refuse({ code: 'stepNotFound' });
  if (!swap(next.steps, i, direction === 'up' ? i - 1 : i + 1)) return refuse({ code: 'cannotMove' });
  return { ok: true, value: next };
}

/** Refused for the last step, and while another step's rule reads one of its questions. */
export function deleteStep(def: FormDefinition, stepId: string, opts: EditOptions = {}): Edit {
  const step = def.steps.find((s) => s.id === stepId);
  if (!step) return refuse({ code: 'stepNotFound' });
  if (def.steps.length <= 1) return refuse({ code: 'lastStep' });
  const own = new Set(step.questions.map((q) => q.key));
  for (const q of step.questions) {
    const readers = readersOf(def, q.key, opts.assignmentRules).filter(
      (r) => r.kind === 'assignment' || !own.has(r.questionKey),
    );
    if (readers.length > 0) return refuse({ code: 'readBy', key: q.key, readers });
  }
  const next = copy(def);
  next.steps = next.steps.filter((s) => s.id !== stepId);
  return { ok: true, value: next };
}

// ---- questions ----

const sv = (text: string): LangText => ({ sv: text });

function options(): ChoiceOption[] {
  return [
    { value: 'alternativ1', label: sv('Alternativ 1') },
    { value: 'alternativ2', label: sv('Alternativ 2') },
  ];
}

/** A new question of a type with settings that make sense to start from (and that the schema accepts). */
export function defaultQuestion(
  type: QuestionType,
  id: string,
  key: string,
  label: string,
  columnId: string = `${id}-kolumn`,
): Question {
  const common = { id, key, label: sv(label) };
  switch (type) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
    case 'yesno':
    case 'address':
    case 'consent':
      return { ...common, type, required: true };
    case 'radio':
    case 'select':
      return { ...common, type, required: true, options: options() };
    case 'checkbox':
      return { ...common, type, required: false, options: options() };
    case 'file':
      return {
        ...common,
        type,
        required: true,
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        // Decimal megabytes, as the resident's page writes sizes ("högst 10 MB").
        maxSizeBytes: 10_000_000,
        maxFiles: 5,
      };
    case 'contact':
      return {
        ...common,
        type,
        required: true,
        fields: { name: 'required', email: 'required', phone: 'optional' },
      };
    case 'personnummer':
      return { ...common, type, required: true, allowSamordningsnummer: false };
    case 'orgnr':
      return { ...common, type, required: true, allowSoleTrader: true };
    case 'group': {
      const column: GroupCellQuestion = {
        id: columnId,
        key: 'text',
        type: 'text',
        label: sv('Text'),
        required: true,
      };
      return { ...common, type, required: true, questions: [column] };
    }
    case 'info':
      return { ...common, type, text: sv('Skriv informationen här.') };
    case 'computed':
      return { ...common, type, expression: 0, format: 'number', decimals: 0 };
  }
}

export const isQuestionType = (s: string): s is QuestionType =>
  (QUESTION_TYPES as readonly string[]).includes(s);

/** A new question last in a step, its key made from the Swedish label. */
export function addQuestion(
  def: FormDefinition,
  stepId: string,
  type: string,
  label: string,
  opts: EditOptions = {},
): Addition {
  if (!isQuestionType(type)) return refuse({ code: 'unknownType' });
  const next = copy(def);
  const step = next.steps.find((s) => s.id === stepId);
  if (!step) return refuse({ code: 'stepNotFound' });
  const made = new Set<string>();
  const id = freshId(def, 'question', opts, made);
  const key = keyFromLabel(label, keysIn(def));
  const columnId = type === 'group' ? freshId(def, 'question', opts, made) : undefined;
  step.questions.push(defaultQuestion(type, id, key, label, columnId));
  return { ok: true, value: { definition: next, id, key } };
}

/**
 * Replaces a question with a new version of itself (same id and type). A new
 * key is refused while something reads the old one.
 */
export function updateQuestion(
  def: FormDefinition,
  questionId: string,
  question: Question,
  opts: EditOptions = {},
): Edit {
  const at = findQuestion(def, questionId);
  if (!at) return refuse({ code: 'questionNotFound' });
  if (question.key !== at.question.key) {
    const readers = readersOf(def, at.question.key, opts.assignmentRules);
    if (readers.length > 0) return refuse({ code: 'readBy', key: at.question.key, readers });
  }
  const next = copy(def);
  const step = next.steps[at.stepIndex] as Step;
  step.questions[at.index] = structuredClone({ ...question, id: questionId }) as Question;
  return { ok: true, value: next };
}

/** Up or down within its step, or last into another step (`{ toStepId }`). */
export function moveQuestion(
  def: FormDefinition,
  questionId: string,
  move: Direction | { toStepId: string },
): Edit {
  const at = findQuestion(def, questionId);
  if (!at) return refuse({ code: 'questionNotFound' });
  const next = copy(def);
  const from = next.steps[at.stepIndex] as Step;
  if (typeof move === 'string') {
    if (!swap(from.questions, at.index, move === 'up' ? at.index - 1 : at.index + 1))
      return refuse({ code: 'cannotMove' });
    return { ok: true, value: next };
  }
  const to = next.steps.find((s) => s.id === move.toStepId);
  if (!to) return refuse({ code: 'stepNotFound' });
  if (to === from) return refuse({ code: 'cannotMove' });
  if (from.questions.length <= 1) return refuse({ code: 'lastQuestion' });
  const [q] = from.questions.splice(at.index, 1);
  if (q) to.questions.push(q);
  return { ok: true, value: next };
}

/** Refused for a step's only question and while something reads its answer. */
export function deleteQuestion(def: FormDefinition, questionId: string, opts: EditOptions = {}): Edit {
  const at = findQuestion(def, questionId);
  if (!at) return refuse({ code: 'questionNotFound' });
  const readers = readersOf(def, at.question.key, opts.assignmentRules);
  if (readers.length > 0) return refuse({ code: 'readBy', key: at.question.key, readers });
  if (at.step.questions.length <= 1) return refuse({ code: 'lastQuestion' });
  const next = copy(def);
  const step = next.steps[at.stepIndex] as Step;
  step.questions.splice(at.index, 1);
  return { ok: true, value: next };
}
