/**
 * How long validating a whole submission takes: a realistic 30-question
 * e-service (mixed types, conditions, a follow-up of a follow-up, a repeating
 * group and a computed amount) with a complete, valid set of answers — the
 * full path, every rule checked. Target: tens of microseconds per submission.
 *
 *   node --import tsx bench/validate-submission.ts [iterations]
 */
import { parseDefinition, validateStep, validateSubmission } from '../src/domain/forms/index.ts';
import { answers, def, json, posted, questionCount, TODAY } from './fixtures/thirty-questions.ts';

function measure(name: string, iterations: number, run: () => unknown): void {
  for (let i = 0; i < Math.min(20_000, iterations); i++) run(); // warm-up: let V8 optimise
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    run();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  samples.sort();
  const at = (p: number) => samples[Math.min(iterations - 1, Math.floor(p * iterations))] ?? 0;
  // Throughput without the per-call clock reads.
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${name.padEnd(44)} p50 ${at(0.5).toFixed(1).padStart(6)} µs   p95 ${at(0.95).toFixed(1).padStart(6)} µs   ` +
      `p99 ${at(0.99).toFixed(1).padStart(6)} µs   ${Math.round(iterations / seconds).toLocaleString('en')} ops/s`,
  );
}

const iterations = Number(process.argv[2] ?? 100_000);
console.log(
  `Node ${process.version}, ${questionCount} questions in ${def.steps.length} steps (+3 group columns), ${iterations} iterations`,
);
measure('validateSubmission (30 questions, all valid)', iterations, () =>
  validateSubmission(def, answers, { today: TODAY }),
);
measure('validateStep (10-question step posted)', iterations, () =>
  validateStep(def, 'barn', answers, posted, { today: TODAY }),
);
measure('parseDefinition (same 30 questions)', Math.max(1000, Math.floor(iterations / 20)), () =>
  parseDefinition(json),
);
