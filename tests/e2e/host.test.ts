// Under test: electron/preview-host.ts and electron/http-bridge.ts, driven through the e2e
// harness (tests/e2e/support). Threats: a page from another origin, or a caller without the
// token, reaching the handlers; saved data lost or the file damaged when the host is killed.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeKeys, type ProceedingsApi } from '../../shared/api.ts';
import type { RichText } from '../../shared/rich-text.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { startHost, type Host } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';

cleanUpAfterAll();

type Reply = { status: number; body: string };

/** A raw call to the bridge with exactly these headers: node:http adds no Origin of its own. */
function callBridge(host: Host, method: string, headers: Record<string, string>, input: unknown, verb = 'POST'): Promise<Reply> {
  return rawRequest(host, `__proceedings/call/${method}`, headers, verb, verb === 'POST' ? JSON.stringify(input) : undefined);
}

function rawRequest(host: Host, path: string, headers: Record<string, string>, verb = 'GET', body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL(path, host.url),
      { method: verb, headers: { 'content-type': 'application/json', ...headers } },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const committeeNames = (session: BrowserSession) =>
  session.page.evaluate(async () => {
    const api = (window as unknown as { proceedings: ProceedingsApi }).proceedings;
    return (await api.listCommittees({})).map((committee) => committee.name);
  });

/** The token the page's own client sends. */
async function pageToken(session: BrowserSession): Promise<string> {
  const [sent] = await Promise.all([
    session.page.waitForRequest((candidate) => candidate.url().endsWith('/__proceedings/call/listCommittees')),
    committeeNames(session),
  ]);
  return (await sent.allHeaders())['x-proceedings-token'] ?? '';
}

describe('the preview host and its bridge', () => {
  let host: Host;
  let browser: BrowserSession;

  beforeAll(async () => {
    host = await startHost({ dataDir: tempDataDir() });
    browser = await launchBrowser();
  });

  it('serves the renderer, whose window.proceedings has exactly the contract’s methods and `on`', async () => {
    const response = await browser.page.goto(host.url);
    expect(response?.status()).toBe(200);
    await browser.page.locator('#root > *').first().waitFor();
    const keys = await browser.page.evaluate(() => {
      const proceedings = (window as unknown as { proceedings: Record<string, unknown> }).proceedings;
      return Object.keys(proceedings).filter((key) => typeof proceedings[key] === 'function');
    });
    expect([...keys].sort()).toEqual([...bridgeKeys].sort());
    expect(browser.problems).toEqual([]);
  });

  it('refuses calls without the token, with a wrong one, or from another origin, and writes nothing', async () => {
    // The real client's own headers, so each refused call below differs from an accepted one in one thing.
    const token = await pageToken(browser);
    expect(token).not.toBe('');
    const before = await committeeNames(browser);

    const accepted = await callBridge(host, 'listCommittees', { origin: host.origin, 'x-proceedings-token': token }, {});
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true });

    const wrongToken = token.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    const attempts: { what: string; headers: Record<string, string>; verb?: string }[] = [
      { what: 'no token', headers: { origin: host.origin } },
      { what: 'a wrong token', headers: { origin: host.origin, 'x-proceedings-token': wrongToken } },
      { what: 'a token of another length', headers: { origin: host.origin, 'x-proceedings-token': `${token}0` } },
      { what: 'another origin', headers: { origin: 'http://evil.example', 'x-proceedings-token': token } },
      { what: 'localhost for 127.0.0.1', headers: { origin: host.origin.replace('127.0.0.1', 'localhost'), 'x-proceedings-token': token } },
      { what: 'no Origin', headers: { 'x-proceedings-token': token } },
      { what: 'GET instead of POST', headers: { origin: host.origin, 'x-proceedings-token': token }, verb: 'GET' },
    ];
    for (const attempt of attempts) {
      const reply = await callBridge(host, 'createCommittee', attempt.headers, { name: `Injected: ${attempt.what}` }, attempt.verb);
      expect({ what: attempt.what, status: reply.status }).toEqual({ what: attempt.what, status: 403 });
    }

    // A real browser on another origin, even one that has learnt the token somehow.
    const stranger = await launchBrowser();
    try {
      const elsewhere = host.url.replace('127.0.0.1', 'localhost');
      // Under another name the host serves nothing at all, so no page there gets the client.
      expect((await stranger.page.goto(elsewhere))?.status()).toBe(421);
      await stranger.page.goto('about:blank');
      const refusal = await stranger.page.evaluate(
        async ({ url, token }) =>
          fetch(`${url}__proceedings/call/createCommittee`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-proceedings-token': token },
            body: JSON.stringify({ name: 'Injected: cross-origin page' }),
          }).then(
            (response) => `answered ${response.status}`,
            () => 'refused',
          ),
        { url: host.url, token },
      );
      expect(refusal).toBe('refused');
    } finally {
      await stranger.close();
    }

    expect(await committeeNames(browser)).toEqual(before);
  });

  it('hands its token only to its own page: same Host, and a browser saying the request is same-origin', async () => {
    const sameOrigin = { 'sec-fetch-site': 'same-origin' };
    expect((await rawRequest(host, '__proceedings/client.js', sameOrigin)).status).toBe(200);
    const refusals: { what: string; headers: Record<string, string> }[] = [
      { what: 'no Sec-Fetch-Site (another program on this machine)', headers: {} },
      { what: 'a cross-site script tag', headers: { 'sec-fetch-site': 'cross-site' } },
      { what: 'a foreign Host (DNS rebinding)', headers: { ...sameOrigin, host: 'rebind.example:80' } },
      { what: 'localhost for 127.0.0.1', headers: { ...sameOrigin, host: new URL(host.url).host.replace('127.0.0.1', 'localhost') } },
    ];
    for (const path of ['__proceedings/client.js', '__proceedings/token']) {
      for (const attempt of refusals) {
        const reply = await rawRequest(host, path, attempt.headers);
        expect({ path, what: attempt.what, status: reply.status, hasToken: /[0-9a-f]{48}/.test(reply.body) }).toEqual({
          path,
          what: attempt.what,
          status: attempt.headers['host'] ? 421 : 403,
          hasToken: false,
        });
      }
    }
    // The renderer itself is not served under another name either.
    expect((await rawRequest(host, '', { host: 'rebind.example' })).status).toBe(421);
  });

  it('answers a badly percent-encoded method name with a refusal in the envelope, not a 500', async () => {
    const token = await pageToken(browser);
    for (const name of ['%E0%A4%A', '%', 'list%ZZCommittees', '%C0%AF']) {
      const reply = await callBridge(host, name, { origin: host.origin, 'x-proceedings-token': token }, {});
      expect({ name, status: reply.status }).toEqual({ name, status: 400 });
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.any(String) } });
    }
  });

  it('keeps everything saved before a SIGKILL, and the file passes integrity_check', async () => {
    const page = await browser.context.newPage();
    await page.goto(host.url);
    const notes: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'RESOLVED: ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'that the update be noted.' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Figures by ward' }] }] }] },
      ],
    };
    const saved = await page.evaluate(async (notes) => {
      const api = (window as unknown as { proceedings: ProceedingsApi }).proceedings;
      const committee = await api.createCommittee({ name: 'Safer Bromley Partnership Strategic Group' });
      const member = await api.addMember({ committeeId: committee.id, name: "Jamie O'Malley", role: '', organisation: 'Met Police', initials: '', chairRole: null });
      const meeting = await api.createMeeting({ committeeId: committee.id, date: '2021-03-25', startTime: '10:00' });
      const [item] = (await api.getMeeting({ meetingId: meeting.id })).agenda;
      await api.updateAgendaItem({ itemId: item!.id, notes });
      await api.setAttendance({ meetingId: meeting.id, who: { memberId: member.id }, status: 'apologies' });
      return { meetingId: meeting.id, itemId: item!.id, memberId: member.id };
    }, notes);
    await page.close();

    expect(await host.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    // Killed, not closed: a clean close removes the write-ahead log, so the restart below has to recover from it.
    expect(statSync(`${host.dataFile}-wal`).size).toBeGreaterThan(0);

    const restarted = await host.restart();
    const after = await browser.context.newPage();
    await after.goto(restarted.url);
    const detail = await after.evaluate(
      (meetingId) => (window as unknown as { proceedings: ProceedingsApi }).proceedings.getMeeting({ meetingId }),
      saved.meetingId,
    );
    await after.close();
    expect(detail.agenda.find((item) => item.id === saved.itemId)?.notes).toEqual(notes);
    expect(detail.attendance.find((entry) => entry.memberId === saved.memberId)).toMatchObject({ name: "Jamie O'Malley", status: 'apologies' });

    await restarted.stop();
    expect(restarted.isRunning()).toBe(false);
    const db = new Database(restarted.dataFile, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM committees').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
