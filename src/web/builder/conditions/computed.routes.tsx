import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import {
  type ArithmeticOperator,
  type ComputedForm,
  fromJsonLogic,
  toJsonLogic,
} from '../../../domain/builder/computed-rows.ts';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import type { Services } from '../../../services/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import {
  type CalcValues,
  ComputedPage,
  EXPRESSION,
  FIRST_NUMBER,
  FIRST_SOURCE,
  numberName,
  operandOf,
  operandValues,
  opName,
  sampleName,
  sourceName,
  type TrySample,
} from './computed-page.tsx';
import { framePropsOf, parseRuleText, readRulePost, saveQuestion, viewOfQuery } from './rule-post.tsx';
import { field, type LoadedQuestion, loadQuestion, MAX_ROWS, schemaProblemText } from './shared.ts';
import { sampleSources, tryCalculation } from './try-calculation.ts';

const PATH = '/handlaggare/bygg/:eServiceId/versioner/:versionId/fragor/:questionId/berakning';

const EMPTY: CalcValues = { first: { source: '', number: '' }, rows: [] };

function valuesOf(form: ComputedForm | undefined): CalcValues {
  if (!form) return EMPTY;
  return {
    first: operandValues(form.first),
    rows: form.rows.map((r) => ({ operator: r.operator, operand: operandValues(r.operand) })),
  };
}

const expressionOf = (q: Question): JsonLogicRule | undefined =>
  q.type === 'computed' ? q.expression : undefined;

function problemPlace(t: Translator, position: number): string {
  return position === 0 ? t.t('builderCalc.place.first') : t.t('builderCalc.place.row', { n: position });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The calculation page of a computed question (issue 7, item 3): a first
 * value followed by rows of operator and value, worked out from left to
 * right, or raw JSON Logic in the advanced view; and "try the calculation".
 */
export function registerComputedRoutes(
  app: FastifyInstance,
  { config, services }: { config: Config; services: Services },
): void {
  const preHandler = requireStaff(services, 'developer');

  interface View {
    status: number;
    mode: 'rows' | 'advanced';
    values?: CalcValues;
    expression?: string;
    errors?: FieldError[];
    saved?: boolean;
    query?: Record<string, unknown>;
  }

  function render(req: FastifyRequest, reply: FastifyReply, loaded: LoadedQuestion, view: View) {
    const ctx = pageContext(req, reply, config, 'staff');
    const { question, version } = loaded;
    const rule = expressionOf(question);
    const stored = rule === undefined ? undefined : fromJsonLogic(rule);
    const notRows = question.type === 'computed' && stored === undefined;
    const query = view.query ?? {};
    const samples: TrySample[] = sampleSources(version.definition, rule).map((q) => {
      const v = query[sampleName(q.key)];
      return {
        key: q.key,
        label: textIn(q.label, ctx.t.lang),
        kind: q.type === 'checkbox' || q.type === 'group' ? 'count' : 'answer',
        value: typeof v === 'string' ? v.slice(0, 50) : '',
      };
    });
    let tried: string | null | undefined;
    if (query.prova === '1' && question.type === 'computed') {
      const n = tryCalculation(version.definition, question, samples);
      tried = n === null ? null : ctx.t.number(n);
    }
    return sendPage(
      reply,
      view.status,
      <ComputedPage
        {...framePropsOf(ctx, loaded)}
        mode={notRows ? 'advanced' : view.mode}
        values={view.values ?? valuesOf(stored)}
        expression={view.expression ?? (rule === undefined ? '' : JSON.stringify(rule, null, 2))}
        notRows={notRows}
        errors={view.errors ?? []}
        saved={view.saved ?? false}
        samples={samples}
        tried={tried}
      />,
    );
  }

  app.get(PATH, { preHandler }, async (req, reply) => {
    const loaded = await loadQuestion(services, req, '/berakning');
    const query = req.query as Record<string, unknown>;
    return render(req, reply, loaded, { status: 200, ...viewOfQuery(req), query });
  });

  app.post(PATH, { preHandler }, async (req, reply) => {
    const loaded = await loadQuestion(services, req, '/berakning');
    const { question, version } = loaded;
    const post = await readRulePost(config, req, reply);
    const { t, fields, advancedMode, mode, action, revision } = post;
    const values = readValues(fields);
    const expression = (field(fields, EXPRESSION) ?? '').replace(/\r\n/g, '\n');
    const again = (status: number, errors: FieldError[]) =>
      render(
        req,
        reply,
        loaded,
        advancedMode ? { status, mode, expression, errors } : { status, mode, values, errors },
      );
    const general = (message: string): FieldError[] => [
      { field: 'revision', href: '#main-content', message },
    ];

    if (question.type !== 'computed') return again(422, general(t.t('builderCalc.notComputed')));
    if (version.status !== 'draft') return again(409, general(t.t('builderCond.error.notDraft')));
    if (revision === undefined) return again(422, general(t.t('builderCond.error.malformed')));

    if (!advancedMode) {
      if (action === 'addRow') {
        if (values.rows.length >= MAX_ROWS)
          return again(422, [
            { field: FIRST_SOURCE, message: t.t('builderCond.error.tooMany', { max: MAX_ROWS }) },
          ]);
        values.rows.push({ operator: '+', operand: { source: '', number: '' } });
        return again(200, []);
      }
      const remove = /^removeRow:(\d+)$/.exec(action);
      if (remove) {
        values.rows.splice(Number(remove[1]), 1);
        return again(200, []);
      }
    }

    let rule: JsonLogicRule;
    const errorField = advancedMode ? EXPRESSION : FIRST_SOURCE;
    if (advancedMode) {
      const parsed = parseRuleText(t, expression);
      if (!parsed.ok) return again(422, [{ field: EXPRESSION, message: parsed.message }]);
      if (parsed.rule === undefined)
        return again(422, [{ field: EXPRESSION, message: t.t('builderCalc.error.empty') }]);
      rule = parsed.rule;
    } else {
      if (values.rows.length > MAX_ROWS)
        return again(422, [
          { field: FIRST_SOURCE, message: t.t('builderCond.error.tooMany', { max: MAX_ROWS }) },
        ]);
      const form: ComputedForm = {
        first: operandOf(values.first),
        rows: values.rows.map((r) => ({
          operator: r.operator as ArithmeticOperator,
          operand: operandOf(r.operand),
        })),
      };
      const r = toJsonLogic(form, version.definition, question.key);
      if (!r.ok) {
        const errors = r.error.map((p): FieldError => {
          const i = p.position - 1;
          const at =
            p.code === 'unknownOperator'
              ? opName(i)
              : p.code === 'notANumber' ||
                  p.code === 'divideByZero' ||
                  (p.code === 'noOperand' &&
                    (p.position === 0 ? values.first : values.rows[i]?.operand)?.source === 'number')
                ? p.position === 0
                  ? FIRST_NUMBER
                  : numberName(i)
                : p.position === 0
                  ? FIRST_SOURCE
                  : sourceName(i);
          return {
            field: at,
            message: capitalize(
              t.t(`builderCalc.error.${p.code}` as MessageKey, { place: problemPlace(t, p.position) }),
            ),
          };
        });
        return again(422, errors);
      }
      rule = r.value;
    }

    const saved = await saveQuestion(
      { config, services },
      req,
      reply,
      loaded,
      { ...post, revision },
      { ...question, expression: rule },
      'computedSaved',
    );
    if ('sent' in saved) return saved.sent;
    if ('invalid' in saved) {
      return again(
        422,
        saved.invalid.map((p) => ({ field: errorField, message: schemaProblemText(t, p) })),
      );
    }
    return again(409, general(t.t('builderCond.error.notDraft')));
  });
}

function readValues(fields: PostedFields): CalcValues {
  const rows: CalcValues['rows'] = [];
  for (let i = 0; i <= MAX_ROWS; i++) {
    const source = field(fields, sourceName(i));
    if (source === undefined) break;
    rows.push({
      operator: field(fields, opName(i)) ?? '',
      operand: { source, number: field(fields, numberName(i)) ?? '' },
    });
  }
  return {
    first: { source: field(fields, FIRST_SOURCE) ?? '', number: field(fields, FIRST_NUMBER) ?? '' },
    rows,
  };
}
