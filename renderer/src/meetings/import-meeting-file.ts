import { api } from '../api.ts';
import { showImportOutcome } from '../review/MeetingImportDialog.tsx';

/**
 * File → Import meeting file: choose the file and import it. A new meeting opens; one already here
 * shows what differs and asks what to do. Null when cancelled.
 */
export async function importMeetingFileAndOpen(): Promise<string | null> {
  const chosen = await api.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' });
  if ('cancelled' in chosen) return null;
  const imported = await api.importMeetingFile({ source: chosen.grantId });
  showImportOutcome(imported);
  return imported.meetingId;
}
