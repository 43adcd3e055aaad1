// Under test: every method of the contract (shared/api.ts) through the dispatch gate
// (electron/dispatch.ts) and the handlers, on a real SQLite file, with property-based hostile
// input from fast-check. Threat (issue 9): input from the page — wrong types, huge strings, deep
// nesting, prototype keys, NUL, lone surrogates — that crashes or hangs the main process, escapes
// the {code, message} envelope, or changes the database while being refused.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../shared/api.ts';
import { errorCodes } from '../../shared/errors.ts';
import { openTestApp, seedMeeting, type TestApp } from './harness.ts';

/** How many hostile inputs each method gets in `npm test`; FUZZ_RUNS raises it for a longer search. */
const runsPerMethod = Number(process.env['FUZZ_RUNS'] ?? 25);
/** A hang, not a slow call: far beyond any honest call, even on a loaded machine. */
const hangMs = 5_000;

/** Every row of every table, hashed: what "the database did not change" means. */
function contentHash(app: TestApp): string {
  const hash = createHash('sha256');
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of app.db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

function nested(depth: number, asArrays: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = asArrays ? [value] : { type: 'paragraph', content: value };
  return value;
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '\u0000',
    'Minutes\u0000hidden',
    '\uD800',
    'half \uDFFF pair',
    '\u202Eevil',
    '<script>alert(1)</script>',
    "'; DROP TABLE committees; --",
    '../../../../etc/passwd',
    'C:\\Windows\\System32\\config',
    '%00%2e%2e',
    '   ',
    '2021-02-30',
    '25:99',
  ),
  fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'x'.repeat(length)),
);

const prototypeKeyed = fc.constantFrom(
  JSON.parse('{"__proto__": {"isAdmin": true}, "name": "Board"}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  { toString: 'not a function', valueOf: 42, hasOwnProperty: null },
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }),
    prototypeKeyed,
    fc.integer({ min: 200, max: 20_000 }).chain((depth) => fc.boolean().map((asArrays) => nested(depth, asArrays))),
    fc.integer({ min: 1_000, max: 30_000 }).map((length) => Array.from({ length }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `p${index}` }] }))),
  ),
})).value;

/** The top-level field names a method's schema expects, so hostile values land where handlers look. */
function fieldsOf(schema: unknown): string[] {
  let current = schema as { shape?: Record<string, unknown>; def?: { type?: string; in?: unknown; innerType?: unknown } } | undefined;
  for (let step = 0; step < 5 && current; step++) {
    if (current.shape) return Object.keys(current.shape);
    current = (current.def?.in ?? current.def?.innerType) as typeof current;
  }
  return [];
}

describe('every IPC method under hostile input', () => {
  it(`answers ${methodNames.length} methods × ${runsPerMethod} hostile inputs with {code, message} or a result, in bounded time, never changing the file when it refuses`, async () => {
    const app = openTestApp();
    const { committee, roster, meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!;
    const abbreviation = app.handlers.addAbbreviation({ committeeId: committee.id, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    // Real ids sometimes, so the hostile values reach the handlers behind the schemas too.
    const realId = fc.constantFrom(committee.id, roster[0]!.id, meeting.id, item.id, abbreviation.id);
    const unexpected: string[] = [];
    let known: string | null = null;
    let calls = 0;
    let refusals = 0;

    for (const method of methodNames) {
      const fields = fieldsOf(contract[method as MethodName].input);
      const shaped = fields.length
        ? fc.record(Object.fromEntries(fields.map((field) => [field, fc.oneof(hostileValue, realId)])), { requiredKeys: [] })
        : fc.constant({});
      await fc.assert(
        fc.asyncProperty(fc.oneof(shaped, hostileValue), async (input) => {
          const before = (known ??= contentHash(app));
          const started = performance.now();
          let answer: unknown;
          try {
            answer = await app.dispatch(method, input);
          } catch (error) {
            unexpected.push(`${method} threw ${String(error)}`);
            return false;
          }
          calls += 1;
          const elapsed = performance.now() - started;
          if (elapsed > hangMs) unexpected.push(`${method} took ${Math.round(elapsed)} ms`);
          const envelope = answer as { ok: boolean; error?: { code: string; message: string } };
          if (envelope.ok) {
            // It may have changed the file: hash again before the next call.
            known = null;
            return true;
          }
          refusals += 1;
          expect(Object.keys(envelope.error!).sort()).toEqual(['code', 'message']);
          expect(errorCodes).toContain(envelope.error!.code);
          expect(typeof envelope.error!.message).toBe('string');
          expect(envelope.error!.message.length).toBeLessThan(2_000);
          expect({ method, changed: contentHash(app) !== before }).toEqual({ method, changed: false });
          return true;
        }),
        { numRuns: runsPerMethod, endOnFailure: true },
      );
    }
    expect(unexpected).toEqual([]);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The figures for docs/security.md.
    console.log(`hostile IPC: ${calls} calls over ${methodNames.length} methods, ${refusals} refused inside the envelope`);
  }, 240_000);
});
