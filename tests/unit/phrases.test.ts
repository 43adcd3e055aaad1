// Under test: the phrase bank — shared/phrases.ts (placeholder filling, the file format) and
// electron/handlers/phrases.ts (seeding, add/edit/reorder/delete, export and import through the
// file grants) on a real SQLite file. Threat to the secretary: a wording that fills the wrong
// date, or an import that half-happens.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPhrases, fillPhrase, fillPlaceholders, phraseDisplayText } from '../../shared/phrases.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const phraseTexts = (app: TestApp, committeeId: string) => app.handlers.listPhrases({ committeeId }).map(phraseDisplayText);

describe('filling placeholders', () => {
  it('fills what it is given and reports the ranges of what is left, in order', () => {
    const filled = fillPlaceholders('RECOMMENDED to {body} that the update on {item} be noted by { Chair } …', {
      item: 'CCTV programme',
      chair: 'Councillor Kate Lymer',
    });
    expect(filled.text).toBe('RECOMMENDED to {body} that the update on CCTV programme be noted by Councillor Kate Lymer …');
    expect(filled.placeholders.map(({ start, end, name }) => [filled.text.slice(start, end), name])).toEqual([
      ['{body}', 'body'],
      ['…', '…'],
    ]);
    expect(filled.filled.map(({ start, end }) => filled.text.slice(start, end))).toEqual(['CCTV programme', 'Councillor Kate Lymer']);
    expect(fillPlaceholders('No placeholders.', {})).toEqual({ text: 'No placeholders.', placeholders: [], filled: [] });
    // A value left empty is not a fill: the placeholder stays to be typed.
    expect(fillPlaceholders('held on {previous meeting date}', { 'previous meeting date': ' ' }).placeholders).toEqual([
      { start: 8, end: 31, name: 'previous meeting date' },
    ]);
  });

  it('fills from the meeting: item title, previous and next meeting dates in the house date style, and the chair', () => {
    const app = openTestApp();
    const { committee, meeting, roster } = seedMeeting(app);
    app.handlers.updateHouseStyle({ committeeId: committee.id, dateStyle: 'ordinal' });
    app.handlers.updateMeeting({ meetingId: meeting.id, nextMeetingDate: '2021-06-24' });
    const june = app.handlers.createNextMeeting({ meetingId: meeting.id });
    app.handlers.updateMeeting({ meetingId: june.id, nextMeetingDate: '2021-09-23' });
    for (const member of roster) app.handlers.setAttendance({ meetingId: june.id, who: { memberId: member.id }, status: 'present' });
    const detail = app.handlers.getMeeting({ meetingId: june.id });
    const item = detail.agenda[4]!;
    const [noted, concerning, minutes, , , parts, recommended, , , nextDate] = app.handlers.listPhrases({ committeeId: committee.id });

    expect(fillPhrase(concerning!, detail, item.id)).toMatchObject({
      inserts: 'resolution',
      form: 'resolved',
      text: { text: 'that the update concerning Matters arising be noted.', placeholders: [] },
    });
    expect(fillPhrase(minutes!, detail, item.id).text.text).toBe(
      'that the minutes of the meeting held on 25th March 2021 be agreed as a correct record.',
    );
    expect(fillPhrase(nextDate!, detail, null)).toMatchObject({
      inserts: 'sentence',
      form: null,
      parts: [],
      text: { text: 'The date of the next meeting was noted as 23rd September 2021.', placeholders: [] },
    });
    const recommendation = fillPhrase(recommended!, detail, item.id);
    expect(recommendation.form).toBe('recommended');
    expect(recommendation.text.placeholders.map((placeholder) => placeholder.name)).toEqual(['body', '…']);
    expect(fillPhrase(parts!, detail, item.id).parts.map((part) => part.placeholders)).toEqual([
      [{ start: 0, end: 1, name: '…' }],
      [{ start: 0, end: 1, name: '…' }],
    ]);
    expect(fillPlaceholders('{chair}', { chair: fillPhrase({ inserts: 'sentence', form: null, text: '{chair}', parts: [] }, detail, null).text.text }).text).toBe(
      'Councillor Kate Lymer',
    );
    // With the Chairman absent, the Vice-Chairman present is in the chair.
    app.handlers.setAttendance({ meetingId: june.id, who: { memberId: roster[0]!.id }, status: 'apologies' });
    const chair = fillPhrase({ inserts: 'sentence', form: null, text: 'The meeting was chaired by {chair}.', parts: [] }, app.handlers.getMeeting({ meetingId: june.id }), null);
    expect(chair.text.text).toBe('The meeting was chaired by Joanne Stowell.');
    expect(fillPhrase(noted!, detail, null).text.text).toBe('that the update be noted.');
  });

  it('leaves the previous date to be typed for a committee’s first meeting', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    const minutes = app.handlers.listPhrases({ committeeId: committee.id })[2]!;
    const filled = fillPhrase(minutes, app.handlers.getMeeting({ meetingId: meeting.id }), null);
    expect(filled.text.placeholders).toMatchObject([{ name: 'previous meeting date' }]);
  });
});

describe('the phrase bank', () => {
  it('starts with the standard wordings, and is edited, reordered and pruned by the secretary', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    expect(phraseTexts(app, committee.id)).toEqual([
      'RESOLVED that the update be noted.',
      'RESOLVED that the update concerning {item} be noted.',
      'RESOLVED that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.',
      'RESOLVED that the report be noted.',
      'RESOLVED that the recommendations be agreed.',
      'RESOLVED that: 1) … 2) …',
      'RECOMMENDED to {body} that …',
      'There were no declarations of interest.',
      'No questions had been received.',
      'The date of the next meeting was noted as {next meeting date}.',
    ]);
    expect(defaultPhrases).toHaveLength(10);
    const phrases = app.handlers.listPhrases({ committeeId: committee.id });
    const added = app.handlers.addPhrase({ committeeId: committee.id, inserts: 'resolution', text: ' that the report be deferred to {next meeting date}. ', parts: [], afterPhraseId: phrases[3]!.id });
    expect(added).toMatchObject({ form: 'resolved', text: 'that the report be deferred to {next meeting date}.', position: 4 });
    const sentence = app.handlers.updatePhrase({ phraseId: phrases[0]!.id, inserts: 'sentence', text: 'The update was noted.' });
    expect(sentence).toMatchObject({ inserts: 'sentence', form: null, parts: [] });
    app.handlers.deletePhrase({ phraseId: phrases[9]!.id });
    const reordered = app.handlers.reorderPhrases({ committeeId: committee.id, phraseIds: app.handlers.listPhrases({ committeeId: committee.id }).map((phrase) => phrase.id).reverse() });
    expect(reordered.map(phraseDisplayText).slice(0, 2)).toEqual(['No questions had been received.', 'There were no declarations of interest.']);
    expect(reordered.at(-1)!.text).toBe('The update was noted.');
    expect(reordered).toHaveLength(10);
  });

  it('refuses wordings of the wrong shape and a stale order, changing nothing', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const before = app.handlers.listPhrases({ committeeId: committee.id });
    const refusals: [string, object, string][] = [
      ['addPhrase', { committeeId: committee.id, inserts: 'sentence', form: 'resolved', text: 'x' }, 'A plain sentence has no RESOLVED or RECOMMENDED.'],
      ['addPhrase', { committeeId: committee.id, inserts: 'sentence', text: 'x', parts: ['a'] }, 'A plain sentence has no numbered parts.'],
      ['addPhrase', { committeeId: committee.id, inserts: 'resolution', text: '   ' }, 'Wording is required.'],
      ['addPhrase', { committeeId: committee.id, inserts: 'motion', text: 'x' }, ''],
      ['updatePhrase', { phraseId: before[7]!.id, form: 'recommended' }, 'A plain sentence has no RESOLVED or RECOMMENDED.'],
      ['reorderPhrases', { committeeId: committee.id, phraseIds: before.slice(1).map((phrase) => phrase.id) }, 'The phrase bank changed while it was being reordered; please try again.'],
    ];
    for (const [method, input, message] of refusals) {
      const result = app.dispatch(method, input);
      expect(result).toMatchObject({ ok: false });
      if (message && !result.ok) expect(result.error.message).toBe(message);
    }
    expect(app.handlers.listPhrases({ committeeId: committee.id })).toEqual(before);
  });

  it('exports a committee’s bank to a file and imports it into another, adding only what it lacks or replacing all', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    app.handlers.addPhrase({ committeeId: committee.id, inserts: 'sentence', text: 'The Chairman thanked {body} for attending.', parts: [] });
    const file = join(tempFolder(), 'Safer Bromley phrases.json');
    const saved = app.handlers.exportPhraseBank({ committeeId: committee.id, target: app.grant(file, 'phrase-bank-save') });
    expect(saved.targetPath).toBe(file);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ format: 'proceedings-phrase-bank', version: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/), committee: 'Safer Bromley Partnership Strategic Group' });
    expect(written.phrases).toHaveLength(11);
    expect(written.phrases[5]).toEqual({ inserts: 'resolution', form: 'resolved', text: 'that:', parts: ['…', '…'] });

    const other = app.handlers.createCommittee({ name: 'Licensing Sub-Committee', defaultVenue: '', defaultStartTime: '10:00' });
    const merged = app.handlers.importPhraseBank({ committeeId: other.id, source: app.grant(file, 'phrase-bank-open'), replace: false });
    expect(merged).toHaveLength(11);
    expect(merged.at(-1)!.text).toBe('The Chairman thanked {body} for attending.');

    writeFileSync(file, JSON.stringify({ format: 'proceedings-phrase-bank', version: 1, phrases: [{ inserts: 'sentence', text: 'Only this.' }] }));
    const replaced = app.handlers.importPhraseBank({ committeeId: other.id, source: app.grant(file, 'phrase-bank-open'), replace: true });
    expect(replaced.map(phraseDisplayText)).toEqual(['Only this.']);
    expect(app.handlers.listPhrases({ committeeId: committee.id })).toHaveLength(11);
  });

  it('refuses a bad or newer file whole, naming the field, with the bank as it was', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const before = app.handlers.listPhrases({ committeeId: committee.id });
    const file = join(tempFolder(), 'phrases.json');
    const attempt = (content: unknown, replace = true) => {
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(file, 'phrase-bank-open'), replace });
    };
    expect(attempt('{ not json')).toMatchObject({ ok: false, error: { message: 'phrases.json could not be imported. This is not a phrase bank file: it is not valid JSON.' } });
    expect(attempt({ format: 'proceedings-meeting', version: 1 })).toMatchObject({ ok: false, error: { message: 'phrases.json could not be imported. This is not a Proceedings phrase bank file.' } });
    expect(attempt({ format: 'proceedings-phrase-bank', version: 4, phrases: [] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('newer version of Proceedings') } });
    expect(
      attempt({ format: 'proceedings-phrase-bank', version: 1, phrases: [{ inserts: 'sentence', text: 'Fine.' }, { inserts: 'resolution', form: null, text: 'that it be noted.' }] }),
    ).toMatchObject({ ok: false, error: { message: 'phrases.json could not be imported. phrases[1].form: Choose RESOLVED or RECOMMENDED for a resolution.' } });
    expect(attempt({ format: 'proceedings-phrase-bank', version: 1, phrases: [{ inserts: 'sentence', text: 'x', colour: 'red' }] })).toMatchObject({ ok: false });
    expect(app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(join(tempFolder(), 'gone.json'), 'phrase-bank-open') })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'gone.json could not be read. Check that it still exists and try again.' },
    });
    expect(app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(file, 'meeting-file-open') })).toMatchObject({ ok: false });
    expect(app.handlers.listPhrases({ committeeId: committee.id })).toEqual(before);
  });
});
