// Headless export: npm run export -- <meeting.json> <out.docx> [--public]
//
// Composes straight from the meeting file, with no database: the file already holds everything
// the minutes need, so there is no native module to load, nothing left behind, and a run cannot
// touch anyone's data. detailFromMeetingFile is tested to give what getMeeting gives after an
// import of the same file, so both paths compose the same minutes.
import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { composeMinutes } from '../shared/compose/index.ts';
import { ApiError } from '../shared/errors.ts';
import { detailFromMeetingFile, parseMeetingFile } from '../shared/meeting-file.ts';
import { renderMinutesDocx } from '../electron/export/minutes-docx.ts';
import { writeFileAtomically } from '../electron/export/write-file.ts';
import { sha256Hex } from '../electron/hash.ts';

const usage = 'usage: npm run export -- <meeting.json> <out.docx> [--public]';

async function main(args: string[]): Promise<number> {
  const isPublic = args.includes('--public');
  const paths = args.filter((arg) => arg !== '--public');
  const unknown = paths.find((arg) => arg.startsWith('--'));
  if (unknown || paths.length !== 2) {
    await tell(2, unknown ? `Unknown option ${unknown}.\n${usage}` : usage);
    return 2;
  }
  const [source, target] = paths.map((path) => resolve(path)) as [string, string];
  if (!target.toLowerCase().endsWith('.docx')) {
    await tell(2, `The output file must end in .docx.\n${usage}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    await tell(2, `${source} could not be read.`);
    return 1;
  }
  const parsed = parseMeetingFile(text, sha256Hex);
  if (!parsed.ok) {
    await tell(2, `${source}: ${parsed.message}`);
    return 1;
  }
  const started = process.hrtime.bigint();
  const minutes = composeMinutes(detailFromMeetingFile(parsed.file), { mode: isPublic ? 'public' : 'full' });
  try {
    const bytes = writeFileAtomically(target, await renderMinutesDocx(minutes));
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    await tell(1, `Wrote ${target} (${isPublic ? 'public' : 'full'} minutes, ${withThousands(bytes)} bytes, ${ms} ms).`);
    return 0;
  } catch (error) {
    await tell(2, error instanceof ApiError ? error.message : String(error));
    return 1;
  }
}

// Built into a V8 start-up snapshot (see scripts/fresh-bundle.mjs), the modules are already loaded
// when the process starts and the arguments follow the executable; run plainly, they follow the script.
// Either way it exits at once, rather than taking the whole heap down piece by piece (a twentieth of
// a run): by then the file is flushed and renamed and the line is written.
if (startupSnapshot.isBuildingSnapshot()) {
  void warmUp(process.env.PROCEEDINGS_EXPORT_WARM_UP);
  startupSnapshot.setDeserializeMainFunction(() => void main(process.argv.slice(1)).then((code) => process.exit(code)));
} else {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}

/**
 * A pipe or a file is written straight to its descriptor: the first use of console or
 * process.stdout builds a stream (some 5 ms of a run of about 100), and a write that has returned
 * needs no waiting for before the exit. A terminal gets the stream, which writes it as the console
 * wants it (on Windows, as UTF-16), and is waited for: there its writes may finish after the call.
 * Told apart as a character device (so is /dev/null, which the stream serves as well): node:tty
 * is not yet supported in a start-up snapshot.
 */
async function tell(descriptor: 1 | 2, line: string): Promise<void> {
  const text = `${line}\n`;
  if (isCharacterDevice(descriptor)) {
    const stream = descriptor === 1 ? process.stdout : process.stderr;
    await new Promise<void>((resolve) => stream.write(text, () => resolve()));
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(descriptor, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Whoever reads the output has gone: the exit code still says how it went.
      if (code === 'EPIPE') return;
      // A descriptor inherited non-blocking, its pipe full for now: a moment for the reader.
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else throw error;
    }
  }
}

/**
 * 19,608 as en-GB writes it. Not toLocaleString: its first call in a process starts ICU's number
 * formatting, some 10 ms of a run that is otherwise about 100.
 */
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Runs one whole export in memory while the snapshot is built, so what the first call of each
 * schema and of the Word writer would otherwise build at every start is already in the snapshot.
 */
async function warmUp(meetingFile: string | undefined): Promise<void> {
  if (!meetingFile) return;
  const parsed = parseMeetingFile(readFileSync(meetingFile, 'utf8'), sha256Hex);
  if (!parsed.ok) throw new Error(`${meetingFile}: ${parsed.message}`);
  for (const mode of ['full', 'public'] as const) await renderMinutesDocx(composeMinutes(detailFromMeetingFile(parsed.file), { mode }));
}

function isCharacterDevice(descriptor: number): boolean {
  try {
    return fstatSync(descriptor).isCharacterDevice();
  } catch {
    return false;
  }
}
