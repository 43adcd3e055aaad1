import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../../electron/hash.ts';
import { phraseBankFileFrom } from '../../../shared/phrases.ts';
import { richTextFromParagraphs, richTextToPlain, type RichText } from '../../../shared/rich-text.ts';
import { readNotes } from '../../../electron/store/compact.ts';
import { startHost, type Host } from './host.ts';

// The soak (issue 9): the preview host on a temporary data file, several writers making every
// kind of edit as fast as they are answered, and SIGKILL at random moments. After each restart:
// integrity_check, every acknowledged edit present with its latest value, nothing duplicated.
// An edit sent but not answered when the host died may or may not have landed; either is right.
// No vitest here: `npm run soak` (scripts/soak.ts) and the short run in tests/e2e both use it.

export type SoakOptions = {
  dataDir: string;
  kills: number;
  writers: number;
  /** How long the writers run between kills: a random time in this range (ms). */
  runMs: [number, number];
  log?: (line: string) => void;
  random?: () => number;
};

export type SoakReport = {
  kills: number;
  acknowledged: number;
  /** Acknowledged edits missing after a restart, or not at their latest acknowledged value. */
  lost: number;
  duplicated: number;
  integrityFailures: number;
  problems: string[];
  byKind: Record<string, number>;
};

type Answer = { kind: 'ok'; value: unknown } | { kind: 'refused'; code: string; message: string } | { kind: 'unanswered' };

/** A caller as a page would be: the bridge's token (read as only its own page may), its origin. */
async function connect(host: Host) {
  const reply = await fetch(new URL('__proceedings/token', host.url), { headers: { 'sec-fetch-site': 'same-origin' } });
  const { token } = (await reply.json()) as { token: string };
  return async (method: string, input: unknown): Promise<Answer> => {
    try {
      const response = await fetch(new URL(`__proceedings/call/${method}`, host.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: host.origin, 'x-proceedings-token': token },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
      return envelope.ok ? { kind: 'ok', value: envelope.value } : { kind: 'refused', code: envelope.error!.code, message: envelope.error!.message };
    } catch {
      return { kind: 'unanswered' };
    }
  };
}
type Call = Awaited<ReturnType<typeof connect>>;

/** A value that may have changed: the last one acknowledged, and any sent since without an answer. */
type Tracked = { acked: string | null; unconfirmed: string[] };
const tracked = (acked: string | null): Tracked => ({ acked, unconfirmed: [] });
const allowed = (value: Tracked) => [value.acked, ...value.unconfirmed];

type Writer = {
  index: number;
  committeeId: string;
  meetingId: string;
  memberIds: string[];
  notes: Map<string, Tracked>;
  titles: Map<string, { title: string; isAcked: boolean }>;
  present: Map<string, Tracked>;
  order: Tracked;
  resolutions: Map<string, { itemId: string; isAcked: boolean; text: Tracked }>;
  actions: Map<string, { itemId: string; isAcked: boolean; description: Tracked }>;
  attendance: Map<string, Tracked>;
  imports: { acked: number; unconfirmed: number };
  counter: number;
};

const soakWording = 'that the soak wording be noted.';

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const report: SoakReport = { kills: 0, acknowledged: 0, lost: 0, duplicated: 0, integrityFailures: 0, problems: [], byKind: {} };
  const problem = (text: string) => {
    if (report.problems.length < 50) report.problems.push(text);
  };

  let host = await startHost({ dataDir: options.dataDir });
  const writers = await setUp(await connect(host), options.writers, options.dataDir);
  const between = () => options.runMs[0] + random() * (options.runMs[1] - options.runMs[0]);

  try {
    for (let kill = 0; kill < options.kills; kill++) {
      const call = await connect(host);
      let isRunning = true;
      const loops = writers.map(async (writer) => {
        while (isRunning) {
          const kind = await step(writer, call, random, report);
          if (kind === 'unanswered') return;
        }
      });
      await new Promise((resolve) => setTimeout(resolve, between()));
      await host.kill('SIGKILL');
      isRunning = false;
      await Promise.all(loops);
      report.kills += 1;
      host = await startHost({ dataDir: options.dataDir });
      checkIntegrity(host, report, problem);
      const after = await connect(host);
      for (const writer of writers) await verify(writer, after, report, problem);
      if ((kill + 1) % 10 === 0 || kill + 1 === options.kills) {
        log(`kills ${report.kills}, acknowledged edits ${report.acknowledged}, lost ${report.lost}, duplicated ${report.duplicated}`);
      }
    }
  } finally {
    await host.stop();
  }
  return report;
}

async function setUp(call: Call, count: number, dataDir: string): Promise<Writer[]> {
  const must = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await call(method, input);
    if (answer.kind !== 'ok') throw new Error(`Soak set-up: ${method} failed (${JSON.stringify(answer)})`);
    return answer.value as T;
  };
  const writers: Writer[] = [];
  for (let index = 0; index < count; index++) {
    const committee = await must<{ id: string }>('createCommittee', { name: `Soak committee ${index}` });
    const memberIds: string[] = [];
    for (const name of ['Ann Able', 'Bob Baker', 'Cat Cole', 'Dan Dee']) {
      memberIds.push((await must<{ id: string }>('addMember', { committeeId: committee.id, name, role: '', organisation: '', initials: '', chairRole: null })).id);
    }
    const meeting = await must<{ id: string }>('createMeeting', { committeeId: committee.id, date: '2026-03-25', startTime: '10:00' });
    const detail = await must<{ agenda: { id: string; parentId: string | null; title: string }[]; attendance: { memberId: string | null; status: string }[] }>('getMeeting', {
      meetingId: meeting.id,
    });
    const topLevel = detail.agenda.filter((item) => item.parentId === null).map((item) => item.id);
    writers.push({
      index,
      committeeId: committee.id,
      meetingId: meeting.id,
      memberIds,
      notes: new Map(detail.agenda.map((item) => [item.id, tracked('')])),
      titles: new Map(detail.agenda.map((item) => [item.id, { title: item.title, isAcked: true }])),
      present: new Map(detail.agenda.map((item) => [item.id, tracked('yes')])),
      order: tracked(JSON.stringify(topLevel)),
      resolutions: new Map(),
      actions: new Map(),
      attendance: new Map(detail.attendance.filter((entry) => entry.memberId).map((entry) => [entry.memberId!, tracked(entry.status)])),
      imports: { acked: 0, unconfirmed: 0 },
      counter: 0,
    });
  }
  // The phrase bank every import reads (the preview's file dialog takes the newest file in inbox/).
  mkdirSync(join(dataDir, 'inbox'), { recursive: true });
  const wording = { inserts: 'resolution', form: 'resolved', text: soakWording, parts: [] } as const;
  const bank = phraseBankFileFrom('Soak', [wording as unknown as Parameters<typeof phraseBankFileFrom>[1][number]], '2026-01-01T00:00:00Z', sha256Hex);
  writeFileSync(join(dataDir, 'inbox', 'soak-phrases.json'), JSON.stringify(bank));
  return writers;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** One edit of a random kind; answers its kind, or 'unanswered' once the host has gone. */
async function step(writer: Writer, call: Call, random: () => number, report: SoakReport): Promise<string> {
  const live = [...writer.present.entries()].filter(([, state]) => state.acked === 'yes' && state.unconfirmed.length === 0).map(([id]) => id);
  const roll = random();
  const settle = (kind: string, answer: Answer, onAck: () => void, onUnanswered: () => void): string => {
    if (answer.kind === 'ok') {
      report.acknowledged += 1;
      report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
      onAck();
      return kind;
    }
    if (answer.kind === 'unanswered') {
      onUnanswered();
      return 'unanswered';
    }
    if (report.problems.length < 50) report.problems.push(`writer ${writer.index}: ${kind} refused: ${answer.code} ${answer.message}`);
    return kind;
  };
  writer.counter += 1;
  const stamp = `w${writer.index}-${writer.counter}`;

  if (roll < 0.4 && live.length) {
    // Typing: the notes grow by a few words, as the save queue would send them.
    const itemId = pick(live, random);
    const notes = writer.notes.get(itemId)!;
    const text = `${notes.acked ?? ''} word${writer.counter}`.trim();
    const answer = await call('updateAgendaItem', { itemId, notes: richTextFromParagraphs([text]) });
    return settle('typing', answer, () => (writer.notes.set(itemId, tracked(text))), () => notes.unconfirmed.push(text));
  }
  if (roll < 0.5) {
    const memberId = pick(writer.memberIds, random);
    const status = pick(['present', 'apologies', 'absent'] as const, random);
    const state = writer.attendance.get(memberId) ?? tracked(null);
    writer.attendance.set(memberId, state);
    const answer = await call('setAttendance', { meetingId: writer.meetingId, who: { memberId }, status });
    return settle('attendance', answer, () => writer.attendance.set(memberId, tracked(status)), () => state.unconfirmed.push(status));
  }
  if (roll < 0.58) {
    const itemId = crypto.randomUUID();
    const title = `Soak item ${stamp}`;
    writer.titles.set(itemId, { title, isAcked: false });
    writer.notes.set(itemId, tracked(''));
    const answer = await call('addAgendaItem', { meetingId: writer.meetingId, itemId, title });
    return settle(
      'add item',
      answer,
      () => {
        writer.titles.set(itemId, { title, isAcked: true });
        writer.present.set(itemId, tracked('yes'));
        const order = JSON.parse(writer.order.acked!) as string[];
        writer.order = tracked(JSON.stringify([...order, itemId]));
      },
      () => writer.present.set(itemId, { acked: null, unconfirmed: ['yes'] }),
    );
  }
  if (roll < 0.65 && writer.order.unconfirmed.length === 0) {
    const order = (JSON.parse(writer.order.acked!) as string[]).filter((id) => writer.present.get(id)?.acked === 'yes');
    const shuffled = [...order].sort(() => random() - 0.5);
    const answer = await call('reorderAgenda', { meetingId: writer.meetingId, order: shuffled.map((id) => ({ id, parentId: null })) });
    return settle('reorder', answer, () => (writer.order = tracked(JSON.stringify(shuffled))), () => writer.order.unconfirmed.push(JSON.stringify(shuffled)));
  }
  if (roll < 0.72) {
    // Undo: an added item deleted, then brought back.
    const added = live.filter((id) => writer.titles.get(id)?.title.startsWith('Soak item'));
    if (!added.length) return 'skip';
    const itemId = pick(added, random);
    const state = writer.present.get(itemId)!;
    const deleted = await call('deleteAgendaItem', { itemId });
    const kind = settle('delete', deleted, () => writer.present.set(itemId, tracked('no')), () => state.unconfirmed.push('no'));
    if (kind === 'unanswered' || deleted.kind !== 'ok') return kind;
    const after = writer.present.get(itemId)!;
    const restored = await call('restoreAgendaItem', { itemId });
    return settle('undo', restored, () => writer.present.set(itemId, tracked('yes')), () => after.unconfirmed.push('yes'));
  }
  const withResolutions = [...writer.resolutions.entries()].filter(([, resolution]) => resolution.isAcked && live.includes(resolution.itemId));
  if (roll < 0.8 && withResolutions.length) {
    const [resolutionId, resolution] = pick(withResolutions, random);
    const text = `that the soak report ${stamp} be noted`;
    const answer = await call('updateResolution', { resolutionId, text });
    return settle('resolution', answer, () => (resolution.text = tracked(text)), () => resolution.text.unconfirmed.push(text));
  }
  if (roll < 0.84 && live.length) {
    const itemId = pick(live, random);
    const resolutionId = crypto.randomUUID();
    const text = `that soak resolution ${stamp} be agreed`;
    writer.resolutions.set(resolutionId, { itemId, isAcked: false, text: { acked: null, unconfirmed: [text] } });
    const answer = await call('addResolution', { itemId, resolutionId, text });
    return settle('add resolution', answer, () => writer.resolutions.set(resolutionId, { itemId, isAcked: true, text: tracked(text) }), () => {});
  }
  const withActions = [...writer.actions.entries()].filter(([, action]) => action.isAcked && live.includes(action.itemId));
  if (roll < 0.92 && withActions.length) {
    const [actionId, action] = pick(withActions, random);
    const description = `Circulate soak paper ${stamp}`;
    const answer = await call('updateAction', { actionId, description });
    return settle('action', answer, () => (action.description = tracked(description)), () => action.description.unconfirmed.push(description));
  }
  if (roll < 0.97 && live.length) {
    const itemId = pick(live, random);
    const actionId = crypto.randomUUID();
    const description = `Soak action ${stamp}`;
    writer.actions.set(actionId, { itemId, isAcked: false, description: { acked: null, unconfirmed: [description] } });
    const answer = await call('addAction', { itemId, actionId, description, owner: { memberId: writer.memberIds[0] } });
    return settle('add action', answer, () => writer.actions.set(actionId, { itemId, isAcked: true, description: tracked(description) }), () => {});
  }
  const chosen = await call('chooseFile', { purpose: 'phrase-bank-open' });
  if (chosen.kind !== 'ok') return chosen.kind === 'unanswered' ? 'unanswered' : 'skip';
  const grant = chosen.value as { grantId?: string };
  if (!grant.grantId) return 'skip';
  const answer = await call('importPhraseBank', { committeeId: writer.committeeId, source: grant.grantId });
  return settle('import', answer, () => (writer.imports.acked += 1), () => (writer.imports.unconfirmed += 1));
}

function checkIntegrity(host: Host, report: SoakReport, problem: (text: string) => void) {
  const db = new Database(host.dataFile, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      report.integrityFailures += 1;
      problem(`integrity_check: ${String(result)}`);
    }
  } finally {
    db.close();
  }
}

type MeetingDetail = {
  agenda: { id: string; parentId: string | null; title: string; notes: RichText }[];
  attendance: { memberId: string | null; status: string }[];
  byItem: Record<string, { resolutions: { id: string; text: string }[]; actions: { id: string; description: string }[] }>;
};

/** Compares one writer's model with the data file, then takes what the file holds as the new truth. */
async function verify(writer: Writer, call: Call, report: SoakReport, problem: (text: string) => void) {
  const answer = await call('getMeeting', { meetingId: writer.meetingId });
  if (answer.kind !== 'ok') {
    problem(`writer ${writer.index}: getMeeting after restart: ${JSON.stringify(answer)}`);
    report.lost += 1;
    return;
  }
  const detail = answer.value as MeetingDetail;
  const agenda = new Map(detail.agenda.map((item) => [item.id, item]));
  const lost = (what: string) => {
    report.lost += 1;
    problem(`writer ${writer.index}: ${what}`);
  };
  const check = (what: string, value: Tracked, found: string | null) => {
    if (!allowed(value).includes(found)) lost(`${what} is ${JSON.stringify(found)}, expected one of ${JSON.stringify(allowed(value))}`);
    value.acked = found;
    value.unconfirmed = [];
  };

  for (const [itemId, state] of writer.present) {
    const found = agenda.has(itemId) ? 'yes' : 'no';
    if (state.acked === null) {
      // Added without an answer: either it landed (and is now known) or it never happened.
      if (found === 'yes') writer.present.set(itemId, tracked('yes'));
      else writer.present.delete(itemId);
      continue;
    }
    check(`item ${itemId} present`, state, found);
  }
  const titles = detail.agenda.map((item) => item.title);
  for (const title of new Set(titles)) {
    if (title.startsWith('Soak item') && titles.filter((candidate) => candidate === title).length > 1) {
      report.duplicated += 1;
      problem(`writer ${writer.index}: item ${title} is there twice`);
    }
  }
  for (const [itemId, notes] of writer.notes) {
    const item = agenda.get(itemId);
    if (!item) continue;
    check(`notes of ${itemId}`, notes, richTextToPlain(item.notes));
  }
  const order = JSON.parse(writer.order.acked!) as string[];
  const inFile = detail.agenda.filter((item) => item.parentId === null).map((item) => item.id);
  const candidates = [writer.order.acked!, ...writer.order.unconfirmed].map((text) => (JSON.parse(text) as string[]).filter((id) => agenda.has(id)));
  const seen = inFile.filter((id) => order.includes(id) || candidates.some((candidate) => candidate.includes(id)));
  if (!candidates.some((candidate) => JSON.stringify(candidate) === JSON.stringify(seen.filter((id) => candidate.includes(id))))) {
    lost(`agenda order ${JSON.stringify(seen)} is none of ${JSON.stringify(candidates)}`);
  }
  writer.order = tracked(JSON.stringify(inFile));

  for (const [memberId, status] of writer.attendance) {
    const entry = detail.attendance.find((candidate) => candidate.memberId === memberId);
    check(`attendance of ${memberId}`, status, entry?.status ?? null);
  }
  const resolutionsInFile = new Map(Object.values(detail.byItem).flatMap((record) => record.resolutions.map((resolution) => [resolution.id, resolution.text] as const)));
  for (const [resolutionId, resolution] of writer.resolutions) {
    if (!agenda.has(resolution.itemId)) continue;
    const found = resolutionsInFile.get(resolutionId) ?? null;
    if (!resolution.isAcked) {
      if (found === null) writer.resolutions.delete(resolutionId);
      else resolution.isAcked = true;
    }
    check(`resolution ${resolutionId}`, resolution.text, found);
  }
  const actionsInFile = new Map(Object.values(detail.byItem).flatMap((record) => record.actions.map((action) => [action.id, action.description] as const)));
  for (const [actionId, action] of writer.actions) {
    if (!agenda.has(action.itemId)) continue;
    const found = actionsInFile.get(actionId) ?? null;
    if (!action.isAcked) {
      if (found === null) writer.actions.delete(actionId);
      else action.isAcked = true;
    }
    check(`action ${actionId}`, action.description, found);
  }

  const phrases = await call('listPhrases', { committeeId: writer.committeeId });
  if (phrases.kind === 'ok') {
    // Importing adds only the wordings a bank lacks: however often the file is imported, its wording is there once.
    const imported = (phrases.value as { text: string }[]).filter((phrase) => phrase.text === soakWording).length;
    const { acked } = writer.imports;
    if (acked > 0 && imported === 0) lost(`${acked} imports acknowledged, the wording is not in the bank`);
    if (imported > 1) {
      report.duplicated += imported - 1;
      problem(`writer ${writer.index}: the imported wording is in the bank ${imported} times`);
    }
    writer.imports = { acked: imported, unconfirmed: 0 };
  }
}

export type UiSoakReport = { kills: number; typed: number; lost: number; worstLostMs: number; finallySaved: boolean };

/**
 * The UI variant: Chromium types into the notes without pausing, and the host is killed
 * mid-sentence. Counts what was typed before each kill and what the file held after it, then lets
 * the page (left open) save the rest to the restarted host before typing on.
 */
export async function runUiSoak(options: { dataDir: string; kills: number; keyIntervalMs?: number; log?: (line: string) => void; random?: () => number }): Promise<UiSoakReport> {
  const { launchBrowser } = await import('./browser.ts');
  const random = options.random ?? Math.random;
  const keyIntervalMs = options.keyIntervalMs ?? 40;
  const report: UiSoakReport = { kills: 0, typed: 0, lost: 0, worstLostMs: 0, finallySaved: true };
  let host = await startHost({ dataDir: options.dataDir });
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    await page.goto(host.url);
    const { meetingId, itemId } = await page.evaluate(async () => {
      const api = (window as unknown as { proceedings: import('../../../shared/api.ts').ProceedingsApi }).proceedings;
      const committee = await api.createCommittee({ name: 'Soak Board' });
      const meeting = await api.createMeeting({ committeeId: committee.id, date: '2026-03-25', startTime: '18:00' });
      return { meetingId: meeting.id, itemId: (await api.getMeeting({ meetingId: meeting.id })).agenda[0]!.id };
    });
    await page.goto(`${host.url}#/meetings/${meetingId}/items/${itemId}`);
    await page.getByRole('textbox', { name: 'Notes' }).click();
    const sentence = 'The committee noted the report and asked officers to bring figures by ward to the next meeting. ';
    let typed = '';
    const typedAt: number[] = [];
    for (let kill = 0; kill < options.kills; kill++) {
      const killAfter = 800 + random() * 2_200;
      const started = Date.now();
      let killedAt = 0;
      let typedBeforeKill = 0;
      // Typing goes on a moment after the kill, as a secretary would not notice at once.
      while (!killedAt || Date.now() - killedAt < 300) {
        const character = sentence.charAt(typed.length % sentence.length);
        await page.keyboard.type(character);
        typed += character;
        typedAt.push(Date.now());
        if (!killedAt && Date.now() - started >= killAfter) {
          killedAt = Date.now();
          typedBeforeKill = typed.length;
          await host.kill('SIGKILL');
        }
        await new Promise((resolve) => setTimeout(resolve, keyIntervalMs));
      }
      const saved = savedNotes(host, itemId).length;
      const lost = Math.max(0, typedBeforeKill - saved);
      // How much typing that was: from the first character the file lacked to the kill.
      const lostMs = lost ? killedAt - typedAt[saved]! : 0;
      report.kills += 1;
      report.typed = typedBeforeKill;
      report.lost += lost;
      report.worstLostMs = Math.max(report.worstLostMs, lostMs);
      host = await host.restart();
      await page.waitForFunction(() => document.querySelector('[aria-label="Save status"]')?.textContent === 'Saved', undefined, { timeout: 30_000 });
      if (savedNotes(host, itemId).trimEnd() !== typed.trimEnd()) report.finallySaved = false;
      options.log?.(`UI kill ${report.kills}: typed ${typedBeforeKill}, lost at this kill ${lost} characters (${lostMs} ms of typing)`);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return report;
}

/** An item's notes as plain text, read straight from the data file (the host may be dead). */
export function savedNotes(host: Host, itemId: string): string {
  const db = new Database(host.dataFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT notes, notes_deflated FROM agenda_items WHERE id = ?').get(itemId) as Parameters<typeof readNotes>[0];
    return richTextToPlain(readNotes(row));
  } finally {
    db.close();
  }
}
