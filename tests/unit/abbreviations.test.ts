// Under test: abbreviations — shared/abbreviations.ts (when a typed word is expanded, and to what)
// and electron/handlers/abbreviations.ts with the phrase bank file that carries them (add, edit,
// delete and undo, export and import) on a real SQLite file. Threat to the secretary: an
// expansion that fires inside a word or eats what was typed, a duplicate that makes "tvc" mean
// two things, or a colleague's file that half-imports.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviationLookup, abbreviationProblem, expansionBefore } from '../../shared/abbreviations.ts';
import { phraseBankFileFrom } from '../../shared/phrases.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { openTestApp, seedMeeting, tempFolder } from './harness.ts';

const lookup = abbreviationLookup([
  { abbreviation: 'tvc', expansion: 'the Vice-Chairman' },
  { abbreviation: 'LBB', expansion: 'London Borough of Bromley' },
  { abbreviation: 'café', expansion: 'the Civic Centre café' },
  { abbreviation: 'مم', expansion: 'مجلس المدينة' },
  { abbreviation: 'hos', expansion: 'Head of Service (Trading Standards & Commercial Regulation)' },
]);

/** The text once `typed` goes in at the caret (written "|") — as the editors apply an expansion. */
function typeAt(text: string, typed: string): string {
  const caret = text.indexOf('|');
  const before = text.slice(0, caret);
  const after = text.slice(caret + 1);
  const expansion = expansionBefore(before, typed, after, lookup);
  const head = expansion ? `${before.slice(0, expansion.start)}${expansion.text}${before.slice(expansion.end)}` : before;
  return `${head}${typed}|${after}`;
}

describe('expanding an abbreviation as it is typed', () => {
  it('expands a whole word when a space or punctuation follows it, keeping a capital it was typed with', () => {
    expect(typeAt('tvc|', ' ')).toBe('the Vice-Chairman |');
    expect(typeAt('Thanks to tvc|', '.')).toBe('Thanks to the Vice-Chairman.|');
    expect(typeAt('Tvc|', ' ')).toBe('The Vice-Chairman |');
    expect(typeAt('TVC|', ',')).toBe('The Vice-Chairman,|');
    expect(typeAt('(tvc|', ')')).toBe('(the Vice-Chairman)|');
    expect(typeAt('“tvc|', '”')).toBe('“the Vice-Chairman”|');
    expect(typeAt('tvc|', '\n')).toBe('the Vice-Chairman\n|');
    expect(typeAt('tvc|', '\u00a0')).toBe('the Vice-Chairman\u00a0|');
    // An abbreviation defined with a capital is written as defined, whatever the case typed.
    expect(typeAt('lbb|', ' ')).toBe('London Borough of Bromley |');
    expect(typeAt('the hos|', ' ')).toBe('the Head of Service (Trading Standards & Commercial Regulation) |');
  });

  it('leaves a word alone that is not a whole abbreviation, or not finished', () => {
    expect(typeAt('tvcs|', ' ')).toBe('tvcs |');
    expect(typeAt('atvc|', ' ')).toBe('atvc |');
    expect(typeAt('tv|c', ' ')).toBe('tv |c');
    expect(typeAt('tvc|c', ' ')).toBe('tvc |c');
    expect(typeAt('tvc|', "'")).toBe("tvc'|");
    expect(typeAt('tvc|', '’')).toBe('tvc’|');
    expect(typeAt('tvc|', '-')).toBe('tvc-|');
    expect(typeAt('tvc|', 'x')).toBe('tvcx|');
    expect(typeAt("tvc's|", ' ')).toBe("tvc's |");
    expect(typeAt('x-tvc|', ' ')).toBe('x-tvc |');
    expect(typeAt('2tvc|', ' ')).toBe('2tvc |');
    expect(typeAt('tvc |', ' ')).toBe('tvc  |');
    expect(typeAt('|', ' ')).toBe(' |');
    // A paste or a word accepted from completion is not a keystroke ending a word.
    expect(expansionBefore('tvc', ' and', '', lookup)).toBeNull();
    expect(expansionBefore('tvc', ' ', '', abbreviationLookup([]))).toBeNull();
  });

  it('reads odd text right: emoji, right-to-left script, accents written either way, a very long word', () => {
    expect(typeAt('🎉tvc|', ' ')).toBe('🎉the Vice-Chairman |');
    expect(typeAt('👩‍👩‍👧 tvc|', '!')).toBe('👩‍👩‍👧 the Vice-Chairman!|');
    expect(typeAt('tvc|🎉', ' ')).toBe('the Vice-Chairman |🎉');
    expect(typeAt('شكرا مم|', '،')).toBe('شكرا مجلس المدينة،|');
    expect(typeAt('\u202Btvc|', ' ')).toBe('\u202Bthe Vice-Chairman |');
    expect(typeAt('café|', ' ')).toBe('the Civic Centre café |');
    expect(typeAt('cafe\u0301|', ' ')).toBe('the Civic Centre café |');
    expect(typeAt('CAFÉ|', ' ')).toBe('The Civic Centre café |');
    expect(typeAt('cafe|', ' ')).toBe('cafe |');
    const long = `${'x'.repeat(100_000)}tvc`;
    expect(expansionBefore(long, ' ', '', lookup)).toBeNull();
    expect(expansionBefore(`${long} tvc`, ' ', '', lookup)).toEqual({ start: long.length + 1, end: long.length + 4, text: 'the Vice-Chairman' });
  });

  it('says what is wrong with an abbreviation that cannot be one', () => {
    expect(abbreviationProblem('tvc')).toBeNull();
    expect(abbreviationProblem('  ')).toBe('Type the abbreviation.');
    expect(abbreviationProblem('t v c')).toBe('An abbreviation is one word, with no spaces.');
    expect(abbreviationProblem('t.v.c')).toBe('An abbreviation is letters and digits only: punctuation is what expands it.');
    expect(abbreviationProblem('🎉')).toBe('An abbreviation is letters and digits only: punctuation is what expands it.');
    expect(abbreviationProblem('x'.repeat(21))).toBe('An abbreviation is at most 20 characters.');
    expect(abbreviationProblem('x'.repeat(20))).toBeNull();
  });
});

describe('a committee’s abbreviations', () => {
  it('adds, lists in alphabetical order, edits, deletes and brings back the same abbreviation', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const committeeId = committee.id;
    const abbreviationId = crypto.randomUUID();
    const tvc = app.handlers.addAbbreviation({ committeeId, abbreviationId, abbreviation: ' tvc ', expansion: ' the Vice-Chairman ' });
    expect(tvc).toMatchObject({ id: abbreviationId, committeeId, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    // The same add again (its reply lost) hands back the same record and adds nothing.
    expect(app.handlers.addAbbreviation({ committeeId, abbreviationId, abbreviation: 'tvc', expansion: 'the Vice-Chairman' })).toEqual(tvc);
    const cllr = app.handlers.addAbbreviation({ committeeId, abbreviation: 'Cllr', expansion: 'Councillor' });
    expect(app.handlers.listAbbreviations({ committeeId }).map((entry) => entry.abbreviation)).toEqual(['Cllr', 'tvc']);

    const edited = app.handlers.updateAbbreviation({ abbreviationId: tvc.id, expansion: 'the Vice-Chairman, Joanne Stowell' });
    expect(edited).toMatchObject({ abbreviation: 'tvc', expansion: 'the Vice-Chairman, Joanne Stowell' });
    expect(app.handlers.updateAbbreviation({ abbreviationId: tvc.id, abbreviation: 'TVC' }).abbreviation).toBe('TVC');

    app.handlers.deleteAbbreviation({ abbreviationId: cllr.id });
    expect(app.handlers.listAbbreviations({ committeeId }).map((entry) => entry.abbreviation)).toEqual(['TVC']);
    expect(app.dispatch('deleteAbbreviation', { abbreviationId: cllr.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.dispatch('updateAbbreviation', { abbreviationId: cllr.id, expansion: 'Cllr' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(app.handlers.restoreAbbreviation({ abbreviationId: cllr.id })).toEqual([cllr, expect.objectContaining({ id: tvc.id })]);
    // Another committee's abbreviations are its own.
    const other = app.handlers.createCommittee({ name: 'Licensing Sub-Committee', defaultVenue: '', defaultStartTime: '10:00' });
    expect(app.handlers.listAbbreviations({ committeeId: other.id })).toEqual([]);
    expect(app.handlers.addAbbreviation({ committeeId: other.id, abbreviation: 'tvc', expansion: 'the Vice-Chair' }).expansion).toBe('the Vice-Chair');
    expect(app.dispatch('addAbbreviation', { committeeId: other.id, abbreviationId, abbreviation: 'tvc', expansion: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'That id is already in use.' },
    });
  });

  it('refuses a duplicate in any case, a bad abbreviation or expansion, and a clashing undo, with a clear message and nothing changed', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const committeeId = committee.id;
    const tvc = app.handlers.addAbbreviation({ committeeId, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    const hos = app.handlers.addAbbreviation({ committeeId, abbreviation: 'hos', expansion: 'Head of Service' });
    const before = app.handlers.listAbbreviations({ committeeId });
    const refusal = (method: string, input: object) => {
      const answer = app.dispatch(method as never, input) as unknown as { ok: boolean; error?: { code: string; message: string } };
      expect(answer.ok).toBe(false);
      return answer.error;
    };
    const duplicate = { code: 'invalid-input', message: '“tvc” is already an abbreviation for “the Vice-Chairman”. Edit that one instead.' };
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'TVC', expansion: 'the Vice-Chair' })).toEqual(duplicate);
    expect(refusal('updateAbbreviation', { abbreviationId: hos.id, abbreviation: 'Tvc' })).toEqual(duplicate);
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'the vc', expansion: 'x' })).toEqual({
      code: 'invalid-input',
      message: 'An abbreviation is one word, with no spaces.',
    });
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'vc', expansion: '  ' })).toEqual({ code: 'invalid-input', message: 'Type what the abbreviation stands for.' });
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'vc', expansion: 'x'.repeat(501) })?.message).toBe('Expansion is too long (at most 500 characters).');
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'vc', expansion: 'two\nlines' })?.message).toBe('Expansion must be on one line.');
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'vc', expansion: 'bad \u0000' })?.message).toBe('Expansion contains a control character.');
    expect(refusal('addAbbreviation', { committeeId, abbreviation: 'vc', expansion: 'half \uD800' })?.message).toBe('Expansion contains a broken character (half of a surrogate pair).');
    expect(app.handlers.listAbbreviations({ committeeId })).toEqual(before);

    // Deleted, then defined again: the old one cannot come back beside the new one.
    app.handlers.deleteAbbreviation({ abbreviationId: tvc.id });
    app.handlers.addAbbreviation({ committeeId, abbreviation: 'TVC', expansion: 'the Vice-Chair' });
    expect(refusal('restoreAbbreviation', { abbreviationId: tvc.id })).toEqual({
      code: 'conflict',
      message: '“TVC” has been defined again since it was deleted (as “the Vice-Chair”): delete or edit that one first.',
    });
  });

  it('travel with the phrase bank file to a second secretary, adding what the committee lacks or replacing all', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    app.handlers.addAbbreviation({ committeeId: committee.id, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    app.handlers.addAbbreviation({ committeeId: committee.id, abbreviation: 'sbp', expansion: 'the Safer Bromley Partnership' });
    const file = join(tempFolder(), 'Safer Bromley phrases.json');
    app.handlers.exportPhraseBank({ committeeId: committee.id, target: app.grant(file, 'phrase-bank-save') });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ version: 3 });
    expect(written.abbreviations).toEqual([
      { abbreviation: 'sbp', expansion: 'the Safer Bromley Partnership' },
      { abbreviation: 'tvc', expansion: 'the Vice-Chairman' },
    ]);

    // The second secretary's copy of the committee, with one of its own already.
    const second = openTestApp();
    const copy = second.handlers.createCommittee({ name: 'Safer Bromley Partnership Strategic Group', defaultVenue: '', defaultStartTime: '10:00' });
    second.handlers.addAbbreviation({ committeeId: copy.id, abbreviation: 'TVC', expansion: 'the Vice-Chair' });
    second.handlers.addAbbreviation({ committeeId: copy.id, abbreviation: 'cllr', expansion: 'Councillor' });
    second.handlers.importPhraseBank({ committeeId: copy.id, source: second.grant(file, 'phrase-bank-open'), replace: false });
    const pairs = () => second.handlers.listAbbreviations({ committeeId: copy.id }).map((entry) => [entry.abbreviation, entry.expansion]);
    expect(pairs()).toEqual([
      ['cllr', 'Councillor'],
      ['sbp', 'the Safer Bromley Partnership'],
      ['TVC', 'the Vice-Chair'],
    ]);
    second.handlers.importPhraseBank({ committeeId: copy.id, source: second.grant(file, 'phrase-bank-open'), replace: true });
    expect(pairs()).toEqual([
      ['sbp', 'the Safer Bromley Partnership'],
      ['tvc', 'the Vice-Chairman'],
    ]);

    // A version 2 file says nothing of abbreviations: replacing from it keeps them.
    writeFileSync(file, JSON.stringify({ format: 'proceedings-phrase-bank', version: 1, phrases: [{ inserts: 'sentence', text: 'Only this.' }] }));
    second.handlers.importPhraseBank({ committeeId: copy.id, source: second.grant(file, 'phrase-bank-open'), replace: true });
    expect(pairs()).toHaveLength(2);
  });

  it('refuses a file whose abbreviations are bad, whole, naming the entry', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    app.handlers.addAbbreviation({ committeeId: committee.id, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    const phrasesBefore = app.handlers.listPhrases({ committeeId: committee.id });
    const before = app.handlers.listAbbreviations({ committeeId: committee.id });
    const file = join(tempFolder(), 'phrases.json');
    const attempt = (abbreviations: unknown, version = 1) => {
      writeFileSync(file, JSON.stringify({ format: 'proceedings-phrase-bank', version, phrases: [{ inserts: 'sentence', text: 'New.' }], abbreviations }));
      return app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(file, 'phrase-bank-open'), replace: true });
    };
    // The schema is checked before the hash.
    expect(attempt([{ abbreviation: 't v c', expansion: 'x' }], 3)).toMatchObject({
      ok: false,
      error: { message: 'phrases.json could not be imported. abbreviations[0].abbreviation: An abbreviation is one word, with no spaces.' },
    });
    const twice = phraseBankFileFrom('Board', [], '2021-03-25T10:00:00.000Z', sha256Hex, [
      { abbreviation: 'vc', expansion: 'a' },
      { abbreviation: 'VC', expansion: 'b' },
    ]);
    writeFileSync(file, JSON.stringify(twice));
    expect(app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(file, 'phrase-bank-open'), replace: true })).toMatchObject({
      ok: false,
      error: { message: 'phrases.json could not be imported. abbreviations[1].abbreviation: “VC” is in the file twice.' },
    });
    expect(attempt([{ abbreviation: 'vc', expansion: 'a' }])).toMatchObject({
      ok: false,
      error: { message: 'phrases.json could not be imported. abbreviations: Abbreviations came with version 3 of the phrase bank.' },
    });
    expect(app.handlers.listPhrases({ committeeId: committee.id })).toEqual(phrasesBefore);
    expect(app.handlers.listAbbreviations({ committeeId: committee.id })).toEqual(before);
  });
});
