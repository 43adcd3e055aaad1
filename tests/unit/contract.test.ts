// Under test: the attack surface of the renderer's only door — shared/client.ts (what the preload
// exposes), the preview bridge's client script (electron/http-bridge.ts), the handler table
// (electron/handlers) and electron/preload.ts. Threat: a method reachable from the page that the
// contract does not declare, or a declared one that goes nowhere.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { bridgeKeys, contract, methodNames } from '../../shared/api.ts';
import { createClient } from '../../shared/client.ts';
import { startBridge } from '../../electron/http-bridge.ts';
import { openTestApp, tempFolder } from './harness.ts';

/** Names missing from `actual` and names it has that `expected` lacks, for a readable failure. */
function difference(actual: Iterable<string>, expected: Iterable<string>) {
  const have = new Set(actual);
  const want = new Set(expected);
  return { missing: [...want].filter((name) => !have.has(name)), unexpected: [...have].filter((name) => !want.has(name)) };
}
const same = { missing: [], unexpected: [] };

describe('the contract is exposed exactly', () => {
  it('createClient (the preload’s methods) has exactly the contract’s methods, each sent under its own name', async () => {
    const sent: string[] = [];
    const client = createClient(async (method) => {
      sent.push(method);
      return { ok: true, value: `reply to ${method}` };
    });
    expect(difference(Object.keys(client), methodNames)).toEqual(same);
    for (const name of methodNames) {
      const call = client[name] as (input: unknown) => Promise<unknown>;
      await expect(call({})).resolves.toBe(`reply to ${name}`);
    }
    expect(sent).toEqual(methodNames);
  });

  it('createClient turns a refusal back into an error with its code', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'not-found', message: 'That meeting no longer exists.' } }));
    await expect(client.getMeeting({ meetingId: 'gone' })).rejects.toMatchObject({ code: 'not-found', message: 'That meeting no longer exists.' });
  });

  it('the handler table has exactly the contract’s methods', () => {
    const { handlers } = openTestApp();
    expect(difference(Object.keys(handlers), methodNames)).toEqual(same);
    for (const name of methodNames) expect(typeof handlers[name], name).toBe('function');
  });

  it('the preview bridge’s client script defines exactly bridgeKeys, and its calls reach the handlers', async () => {
    const app = openTestApp();
    const bridge = await startBridge({ dispatch: app.dispatch, rendererDir: tempFolder() });
    try {
      const script = await (await fetch(new URL('__proceedings/client.js', bridge.url), { headers: { 'sec-fetch-site': 'same-origin' } })).text();
      // What the page's fetch would do: resolve against the page and send the page's Origin.
      const origin = new URL(bridge.url).origin;
      const pageFetch = (path: string, init: RequestInit) =>
        fetch(new URL(path, bridge.url), { ...init, headers: { ...(init.headers as Record<string, string>), origin } });
      const window: { proceedings?: Record<string, (input?: unknown) => Promise<unknown>> } = {};
      runInNewContext(script, { window, document: {}, fetch: pageFetch });

      const proceedings = window.proceedings!;
      expect(difference(Object.keys(proceedings), bridgeKeys)).toEqual(same);
      for (const key of bridgeKeys) expect(typeof proceedings[key], key).toBe('function');

      const created = (await proceedings.createCommittee!({ name: 'Governing Board' })) as { id: string };
      expect(app.handlers.listCommittees({}).map((committee) => committee.id)).toEqual([created.id]);
      await expect(proceedings.getCommittee!({ committeeId: 'no-such-committee' })).rejects.toMatchObject({ code: 'not-found' });
    } finally {
      await bridge.close();
    }
  });

  it('electron/preload.ts exposes one object built from createClient and `on` only', () => {
    const file = fileURLToPath(new URL('../../electron/preload.ts', import.meta.url));
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

    const exposures: ts.CallExpression[] = [];
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ['exposeInMainWorld', 'exposeInIsolatedWorld'].includes(node.expression.name.text)
      ) {
        exposures.push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(exposures.map((call) => call.getText())).toEqual(["contextBridge.exposeInMainWorld('proceedings', proceedings)"]);

    const declaration = source.statements
      .filter(ts.isVariableStatement)
      .flatMap((statement) => [...statement.declarationList.declarations])
      .find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === 'proceedings');
    const initializer = declaration?.initializer;
    // `satisfies ProceedingsBridge` is what makes the compiler hold the object to the contract.
    expect(initializer && ts.isSatisfiesExpression(initializer) ? initializer.type.getText() : null).toBe('ProceedingsBridge');
    const object = (initializer as ts.SatisfiesExpression).expression;
    expect(ts.isObjectLiteralExpression(object)).toBe(true);

    const members = (object as ts.ObjectLiteralExpression).properties.map((property) => {
      if (ts.isSpreadAssignment(property)) {
        const spread = property.expression;
        return ts.isCallExpression(spread) ? `...${spread.expression.getText()}()` : `...${spread.getText()}`;
      }
      return property.name?.getText() ?? property.getText();
    });
    expect(members).toEqual(['...createClient()', 'on']);

    const imports = source.statements.filter(ts.isImportDeclaration).map((statement) => statement.getText());
    expect(imports).toContain("import { createClient } from '../shared/client.ts';");
  });
});

describe('one rule for ids, delete and undo', () => {
  const restoreOf = (name: string) => name.replace(/^(delete|remove)/, 'restore');

  it('every delete or remove has a restore that brings the same record back', () => {
    const deletes = methodNames.filter((name) => /^(delete|remove)[A-Z]/.test(name)).sort();
    expect(deletes).toEqual([
      'deleteAbbreviation',
      'deleteAction',
      'deleteAgendaItem',
      'deleteDeclaration',
      'deletePhrase',
      'deleteResolution',
      'removeAttendee',
      'removePaper',
    ]);
    expect(deletes.map(restoreOf).filter((name) => !(methodNames as string[]).includes(name))).toEqual([]);
  });

  it('every add takes the new record’s id from the renderer, and only as a UUID', () => {
    const idKey: Record<string, string> = {
      addMember: 'memberId',
      addAgendaItem: 'itemId',
      addAttendee: 'attendeeId',
      addPaper: 'paperId',
      addResolution: 'resolutionId',
      addAction: 'actionId',
      addPhrase: 'phraseId',
      addAbbreviation: 'abbreviationId',
      addDeclaration: 'declarationId',
    };
    expect(methodNames.filter((name) => /^add[A-Z]/.test(name)).sort()).toEqual(Object.keys(idKey).sort());
    for (const [name, key] of Object.entries(idKey)) {
      const shape = (contract[name as keyof typeof contract].input as unknown as { shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }> }).shape;
      expect(shape[key]?.safeParse(crypto.randomUUID()).success, name).toBe(true);
      expect(shape[key]?.safeParse(undefined).success, name).toBe(true);
      expect(shape[key]?.safeParse('item-1').success, name).toBe(false);
    }
  });
});
