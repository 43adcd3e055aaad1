// Under test: the Word export end to end — importMeetingFile (the reference fixture) into a real
// data file, exportMinutes through the dispatch gate (compose + electron/export/minutes-docx.ts +
// the temp-and-rename write), and the .docx read back from its XML as Word would read it.
import { mkdirSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellText, readDocx, type DocxParagraph } from './docx-reader.ts';
import { openTestApp, tempFolder, type TestApp } from './harness.ts';

const fixture = fileURLToPath(new URL('../fixtures/reference-meeting.json', import.meta.url));

function importReference(app: TestApp) {
  return app.handlers.importMeetingFile({ source: app.grant(fixture, 'meeting-file-open') });
}

async function exportMinutes(app: TestApp, meetingId: string, mode: 'public' | 'full', name = 'minutes.docx') {
  const targetPath = join(tempFolder(), name);
  const envelope = await app.dispatch('exportMinutes', { meetingId, mode, target: app.grant(targetPath, 'minutes') });
  expect(envelope).toMatchObject({ ok: true, value: { targetPath } });
  return readDocx(readFileSync(targetPath));
}

const texts = (paragraphs: DocxParagraph[]) => paragraphs.map((paragraph) => paragraph.text);

describe('the reference minutes in Word', () => {
  it('opens with the committee in capitals and the meeting worded as the reference has it', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const [title, subtitle] = docx.paragraphs;
    expect(title).toMatchObject({ style: 'Title', text: 'SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP' });
    expect(subtitle!.text).toBe('Minutes of the virtual meeting held at 10.00 am on 25 March 2021');
    const core = docx.xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Safer Bromley Partnership Strategic Group — minutes of 25 March 2021</dc:title>');
    expect(core).toContain('<dc:subject>Safer Bromley Partnership Strategic Group</dc:subject>');
    expect(core).toMatch(/<cp:keywords>[^<]*2021-03-25[^<]*<\/cp:keywords>/);
  });

  it('lists everyone present in order, the Chairman and Vice-Chairman first, then Also Present', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const headings = docx.paragraphs.filter((paragraph) => paragraph.style === 'AttendanceHeading');
    expect(texts(headings)).toEqual(['Present:', 'Also Present:']);
    const lines = texts(docx.paragraphs.filter((paragraph) => paragraph.style === 'Attendance'));
    expect(lines).toEqual([
      'Councillor Kate Lymer (Portfolio Holder for Public Protection and Enforcement) (Chairman)',
      'Joanne Stowell (LBB Assistant Director: Public Protection) (Vice-Chairman)',
      "Janet Bailey (LBB Director of Children's Services)",
      'Sharon Baldwin (Safer Neighbourhood Board Chairman)',
      'Rachel Dunley (LBB Head of Service for Early Intervention, and Family Support)',
      'Betty McDonald (LBB Head of Youth Offending Service)',
      'Amanda Mumford (LBB Community Safety Manager)',
      "Jamie O'Malley (LBB Early Intervention and Family Support)",
      'Philip Powell (LAS Stakeholder Engagement Manager)',
      'Paul Sibun (Bromley CCG)',
      'Toby Smith (LBB Head of Street Enforcement)',
      'David Tait (LBB Emergency Planning and Corporate Resilience Lead)',
      'Rob Vale (LBB Head of Service for Trading Standards and Commercial Regulation)',
      'Dawn Helps (Clarion Housing Group)',
      'Inspector Stuart Baker (Met Police)',
      'Superintendent Andy Brittain (Met Police)',
      'Kevin McKenzie (London Fire Brigade)',
      'Anthony Baldock (Public Protection Division)',
    ]);
  });

  it('has every item number and title in order, 7a–7d under 7, in a three-column table headed Action', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const headingRows = docx.rows.filter((row) => row[1]?.some((paragraph) => /^Heading[12]$/.test(paragraph.style)));
    expect(headingRows.every((row) => row.length === 3 && cellText(row[2]) === 'Action')).toBe(true);
    expect(headingRows.map((row) => [cellText(row[0]), cellText(row[1]), row[1]![0]!.style])).toEqual([
      ['1', 'WELCOME/HOUSE-KEEPING/INTRODUCTIONS.', 'Heading1'],
      ['2', 'APOLOGIES FOR ABSENCE', 'Heading1'],
      ['3', 'DECLARATIONS OF INTEREST', 'Heading1'],
      ['4', 'SBP MINUTES OF THE MEETING HELD ON 5th DECEMBER 2019', 'Heading1'],
      ['5', 'PRE-ADVISED QUESTIONS', 'Heading1'],
      ['6', 'BROMLEY COMMUNITY SAFETY PARTNERSHIP STRATEGY', 'Heading1'],
      ['7', 'QUARTER 4: ANNUAL UPDATE FROM ALL PARTNERS AGAINST THE STRATEGY', 'Heading1'],
      ['', '7a Priority One — Safer Neighbourhoods', 'Heading2'],
      ['', '7b Priority Two — VAWG', 'Heading2'],
      ['', '7c Priority 3 — Keeping Young People Safe', 'Heading2'],
      ['', '7d Priority 4: Hate Crime and Extremism', 'Heading2'],
      ['8', 'KEY ISSUES/THEMES', 'Heading1'],
      ['9', 'VIOLENCE REDUCTION PLAN REFRESH UPDATE', 'Heading1'],
      ['10', 'COMMUNITY IMPACT DAYS UPDATE BRIEFING', 'Heading1'],
      ['11', 'DHR AND PREVENT UPDATE', 'Heading1'],
      ['12', 'CRIME PERFORMANCE DASHBOARD', 'Heading1'],
      ['13', 'EMERGING ISSUES/TASK FINISH UPDATES', 'Heading1'],
    ]);
    // Real Word styles, so the navigation pane lists the items.
    const styles = docx.xml('word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Normal']) expect(styles).toContain(`w:styleId="${id}"`);
  });

  it('words apologies and the empty declarations item from the attendance', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const after = (title: string) => cellText(docx.rows[docx.rows.findIndex((row) => cellText(row[1]) === title) + 1]?.[1]);
    expect(after('APOLOGIES FOR ABSENCE')).toBe(
      'Apologies for absence were received from Ade Adetosoye (Chief Executive), Samantha Evans, Colin Brand, John Owen, Commander David Stringer, Chloe Todd, Teresa Bell and Lucien Spencer.',
    );
    expect(after('DECLARATIONS OF INTEREST')).toBe('There were no declarations of interest.');
  });

  it('starts every resolution with a bold RESOLVED and numbers the parts 1) and 2)', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const resolutions = docx.paragraphs.filter((paragraph) => paragraph.text.startsWith('RESOLVED'));
    expect(resolutions).toHaveLength(10);
    for (const resolution of resolutions) {
      expect(resolution.runs[0]).toMatchObject({ text: 'RESOLVED', bold: true });
      expect(resolution.runs.slice(1).every((run) => !run.bold)).toBe(true);
    }
    expect(texts(resolutions).slice(0, 2)).toEqual([
      'RESOLVED that the minutes of the meeting held on 5th December 2019 be agreed as a correct record.',
      'RESOLVED that the update concerning the development of the Bromley Community Partnership Strategy be noted.',
    ]);
    const parts = docx.paragraphs.filter((paragraph) => paragraph.style === 'ResolutionPart');
    expect(texts(parts).map((text) => text.slice(0, 30))).toEqual(['The Partnership endorses, supp', 'Partner organisations consider']);
    // Word's own list numbering, formatted "1)", one list for the two parts.
    expect(parts[0]!.numId).not.toBeNull();
    expect(parts[1]!.numId).toBe(parts[0]!.numId);
    expect(docx.numberFormat(parts[0]!.numId!)).toBe('%1)');
    // The 7a notes list is a numbered list of its own.
    const sevenA = docx.paragraphs.filter((paragraph) => paragraph.text === 'Residential Burglary;')[0]!;
    expect(sevenA.numId).not.toBeNull();
    expect(sevenA.numId).not.toBe(parts[0]!.numId);
    expect(docx.numberFormat(sevenA.numId!)).toBe('%1.');
  });

  it('puts the post-meeting note in italics in brackets', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const note = docx.paragraphs.find((paragraph) => paragraph.text.startsWith('(Post Meeting Note:'))!;
    expect(note.text).toBe('(Post Meeting Note: The JAG has since evolved into the ‘CRAG’: Crime Reduction Action Group).');
    expect(note.runs.every((run) => run.italic)).toBe(true);
  });

  it('shows the owners in the Action column beside the resolution they belong to', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const owned = docx.rows.filter((row) => !['', 'Action'].includes(cellText(row[2])));
    expect(owned.map((row) => [cellText(row[2]), cellText(row[1]).split('\n')[0]])).toEqual([
      ['Partners', 'RESOLVED that'],
      ['JS', 'RESOLVED that the update on the VRAP be noted, and that the Assistant Director for Public Protection and Enforcement would update partners after the visit from the VRU in April.'],
    ]);
    expect(cellText(owned[0]![1])).toContain('Partner organisations consider whether they would be able to sign up');
  });

  it('numbers pages "Page X of Y" in the footer, says DRAFT in the header and closes with the signature block', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    expect(docx.footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(docx.footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(docx.footerXml).toContain('>Page <');
    expect(docx.headerText.trim()).toBe('DRAFT');
    const all = texts(docx.paragraphs);
    expect(all).toContain('The meeting ended at 11.00 am');
    expect(all.slice(-4).filter(Boolean)).toEqual(['\t', 'Chairman', '\t', 'Date']);
    expect(docx.xml('word/document.xml')).toContain('w:w="11906" w:h="16838"');
  });

  it('uses the committee’s font and size', async () => {
    const app = openTestApp();
    const { meetingId, committeeId } = importReference(app);
    app.handlers.updateHouseStyle({ committeeId, fontFamily: 'Verdana', fontSize: 12 });
    const docx = await exportMinutes(app, meetingId, 'full');
    const styles = docx.xml('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Verdana".*<w:sz w:val="24"\/>.*<\/w:docDefaults>/s);
  });

  it('single-column house style: no table, "Action:" lines under the resolutions', async () => {
    const app = openTestApp();
    const { meetingId, committeeId } = importReference(app);
    app.handlers.updateHouseStyle({ committeeId, layout: 'single-column' });
    const docx = await exportMinutes(app, meetingId, 'full');
    expect(docx.rows).toEqual([]);
    const lines = texts(docx.paragraphs.filter((paragraph) => paragraph.style === 'ActionLine'));
    expect(lines).toEqual(['Action: Partners — by 30 April 2021', 'Action: JS']);
    expect(texts(docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading2'))[0]).toBe('7a Priority One — Safer Neighbourhoods');
  });
});

describe('minutes that keep what was typed', () => {
  it('keeps an item action’s wording beside its owner although the item has notes', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.addAction({ itemId: 'i-12', resolutionId: null, description: 'Inspector Baker to share the remand figures with the Head of the YOS.', owner: { memberId: 'm-stuart-baker' }, dueDate: null });
    const docx = await exportMinutes(app, meetingId, 'full');
    const row = docx.rows.find((each) => cellText(each[1]).startsWith('Inspector Baker to share the remand figures'))!;
    expect(cellText(row[1])).toBe('Inspector Baker to share the remand figures with the Head of the YOS.');
    expect(cellText(row[2])).toBe('SB');
  });

  it('stands an owner beside the resolution’s part the action names, the parts numbered on across the cut', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.updateAction({ actionId: 'x-07b-partners', resolutionPart: 0 });
    const docx = await exportMinutes(app, meetingId, 'full');
    const at = docx.rows.findIndex((row) => cellText(row[2]) === 'Partners');
    expect(cellText(docx.rows[at]![1]).split('\n')).toEqual(['RESOLVED that', expect.stringMatching(/^The Partnership endorses/)]);
    const next = docx.rows[at + 1]!;
    expect(cellText(next[1])).toMatch(/^Partner organisations consider/);
    expect(cellText(next[2])).toBe('');
    const numId = next[1]![0]!.numId!;
    expect(docx.xml('word/numbering.xml')).toMatch(new RegExp(`<w:abstractNum [^>]*>(?:(?!</w:abstractNum>).)*<w:start w:val="2"/>`, 's'));
    expect(docx.numberFormat(numId)).toBe('%1)');
  });

  it('names a substitute’s absent member in the Present list', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.addAttendee({ meetingId, name: 'Sam Carter', role: 'Station Commander', organisation: '', status: 'substitute', substituteForMemberId: 'm-john-owen' });
    const docx = await exportMinutes(app, meetingId, 'full');
    const lines = texts(docx.paragraphs.filter((paragraph) => paragraph.style === 'Attendance'));
    expect(lines).toContain('Sam Carter (Station Commander) (substitute for John Owen)');
  });

  it('keeps "The meeting ended at…" with the signature block, and says the document is British English', async () => {
    const app = openTestApp();
    const docx = await exportMinutes(app, importReference(app).meetingId, 'full');
    const ended = docx.paragraphs.find((paragraph) => paragraph.text === 'The meeting ended at 11.00 am')!;
    expect(ended.element.toString()).toContain('<w:keepNext/>');
    expect(ended.element.toString()).toContain('<w:keepLines/>');
    expect(docx.xml('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en-GB"\/>.*<\/w:docDefaults>/s);
    expect(docx.xml('docProps/core.xml')).toContain('<dc:title>Safer Bromley Partnership Strategic Group — minutes of 25 March 2021</dc:title>');
  });

  it('puts a post-meeting note typed mid-item where it stands in the notes', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.updateAgendaItem({
      itemId: 'i-10',
      notes: {
        type: 'doc',
        content: ['The operation took place in Cray Valley.', 'Post Meeting Note: A second operation is planned for May.', 'RESOLVED.'].map((text) => ({
          type: 'paragraph',
          content: [{ type: 'text', text }],
        })),
      },
    });
    const docx = await exportMinutes(app, meetingId, 'full');
    const all = texts(docx.paragraphs);
    const at = all.indexOf('(Post Meeting Note: A second operation is planned for May).');
    expect(all.slice(at - 1, at + 2)).toEqual(['The operation took place in Cray Valley.', '(Post Meeting Note: A second operation is planned for May).', 'RESOLVED.']);
    expect(docx.paragraphs[at]!.style).toBe('PostMeetingNote');
  });
});

describe('Part 2 in the Word export', () => {
  it('public minutes keep the item’s number and title and replace its content with the reason', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.setItemPart2({ itemId: 'i-12', part2: { paragraph: 1, reason: '' } });
    const docx = await exportMinutes(app, meetingId, 'public');
    const at = docx.rows.findIndex((row) => cellText(row[1]) === 'CRIME PERFORMANCE DASHBOARD');
    expect(cellText(docx.rows[at]![0])).toBe('12');
    expect(cellText(docx.rows[at + 1]![1])).toBe(
      'This item was considered in private because it involved exempt information under paragraph 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(cellText(docx.rows[at + 2]![1])).toBe('EMERGING ISSUES/TASK FINISH UPDATES');
    const xml = docx.xml('word/document.xml');
    expect(xml).not.toContain('catalytic converters');
    expect(xml).not.toContain('the update from the police be noted');
    expect(docx.headerText).not.toContain('CONFIDENTIAL');
  });

  it('full minutes keep the content and mark CONFIDENTIAL on the item and in the header', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    app.handlers.setItemPart2({ itemId: 'i-12', part2: { paragraph: 1, reason: '' } });
    const docx = await exportMinutes(app, meetingId, 'full');
    const at = docx.rows.findIndex((row) => cellText(row[1]) === 'CRIME PERFORMANCE DASHBOARD');
    const content = cellText(docx.rows[at + 1]![1]);
    expect(content.startsWith('CONFIDENTIAL — Part 2, not for publication')).toBe(true);
    expect(content).toContain('catalytic converters');
    expect(docx.headerText).toContain('DRAFT');
    expect(docx.headerText).toContain('CONFIDENTIAL');
  });
});

describe('writing the file', () => {
  it('replaces an existing file whole, leaving nothing else in the folder', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    const folder = tempFolder();
    const targetPath = join(folder, 'Safer Bromley minutes 2021-03-25.docx');
    writeFileSync(targetPath, 'an older export');
    const envelope = await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: app.grant(targetPath, 'minutes') });
    expect(envelope).toMatchObject({ ok: true });
    expect(readdirSync(folder)).toEqual(['Safer Bromley minutes 2021-03-25.docx']);
    expect(readDocx(readFileSync(targetPath)).paragraphs[0]!.text).toBe('SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP');
  });

  it('a target that cannot be replaced gets a clear message, keeps what was there and leaves no temporary file', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    const folder = tempFolder();
    // A folder of that name cannot be renamed over: the write fails after the bytes are written.
    const targetPath = join(folder, 'minutes.docx');
    mkdirSync(targetPath);
    writeFileSync(join(targetPath, 'keep.txt'), 'kept');
    const envelope = await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: app.grant(targetPath, 'minutes') });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'file-unwritable', message: '“minutes.docx” could not be saved: there is a folder with that name. Choose another name.' },
    });
    expect(readdirSync(folder)).toEqual(['minutes.docx']);
    expect(readFileSync(join(targetPath, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('a folder that no longer exists gets a clear message and nothing is written', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    const folder = tempFolder();
    const envelope = await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: app.grant(join(folder, 'gone', 'minutes.docx'), 'minutes') });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'file-unwritable', message: expect.stringContaining('the folder no longer exists') } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes only where a file dialog was answered for this purpose, once', async () => {
    const app = openTestApp();
    const { meetingId } = importReference(app);
    const folder = tempFolder();
    const expired = { ok: false, error: { code: 'invalid-input', message: 'That file choice has expired; please choose the file again.' } };
    expect(await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: 'a-path-the-renderer-made-up' })).toMatchObject(expired);
    const forMeetingFile = app.grant(join(folder, 'minutes.docx'), 'meeting-file-save');
    expect(await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: forMeetingFile })).toMatchObject(expired);
    const once = app.grant(join(folder, 'minutes.docx'), 'minutes');
    expect(await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: once })).toMatchObject({ ok: true });
    rmSync(join(folder, 'minutes.docx'));
    expect(await app.dispatch('exportMinutes', { meetingId, mode: 'full', target: once })).toMatchObject(expired);
    expect(readdirSync(folder)).toEqual([]);
    expect(await app.dispatch('exportMinutes', { meetingId, mode: 'draft', target: app.grant(join(folder, 'm.docx'), 'minutes') })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
