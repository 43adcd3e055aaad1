// What a file dialog is for: it sets the dialog's title and filters, and what the grant may do.

export const filePurposes = [
  'minutes',
  'meeting-file-save',
  'meeting-file-open',
  'paper',
  'phrase-bank-save',
  'phrase-bank-open',
  'action-log',
  'review-save',
  'review-open',
  'response-open',
  'comparison',
] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const filePurposeSettings: Record<FilePurpose, { mode: 'save' | 'open'; title: string; extensions: string[]; filterName: string }> = {
  minutes: { mode: 'save', title: 'Export minutes to Word', extensions: ['docx'], filterName: 'Word document' },
  'meeting-file-save': { mode: 'save', title: 'Export meeting file', extensions: ['json'], filterName: 'Proceedings meeting file' },
  'meeting-file-open': { mode: 'open', title: 'Import meeting file', extensions: ['json'], filterName: 'Proceedings meeting file' },
  paper: { mode: 'open', title: 'Attach a paper', extensions: [], filterName: 'Any file' },
  'phrase-bank-save': { mode: 'save', title: 'Export phrase bank', extensions: ['json'], filterName: 'Proceedings phrase bank' },
  'phrase-bank-open': { mode: 'open', title: 'Import phrase bank', extensions: ['json'], filterName: 'Proceedings phrase bank' },
  'action-log': { mode: 'save', title: 'Export action log to Word', extensions: ['docx'], filterName: 'Word document' },
  'review-save': { mode: 'save', title: 'Send to the chairman', extensions: ['proceedings-review'], filterName: 'Proceedings review' },
  'review-open': { mode: 'open', title: 'Open review', extensions: ['proceedings-review'], filterName: 'Proceedings review' },
  'response-open': { mode: 'open', title: 'Import the chairman’s response', extensions: ['proceedings-response'], filterName: 'Proceedings response' },
  comparison: { mode: 'save', title: 'Export comparison to Word', extensions: ['docx'], filterName: 'Word document' },
};

/** A name that every file system accepts: no path separators, reserved characters or control codes. */
export function safeFileName(name: string, extension: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/(^|\s)\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  const base = cleaned || 'Untitled';
  return extension && !base.toLowerCase().endsWith(`.${extension}`) ? `${base}.${extension}` : base;
}
