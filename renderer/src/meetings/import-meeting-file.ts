import { api } from '../api.ts';
import { withChosenFile } from '../app/chosen-file.ts';
import { showImportOutcome } from '../review/MeetingImportDialog.tsx';

/**
 * File → Import meeting file: choose the file and import it. A new meeting opens; one already here
 * shows what differs and asks what to do. Null when cancelled.
 */
export async function importMeetingFileAndOpen(): Promise<string | null> {
  const chosen = await withChosenFile({ purpose: 'meeting-file-open' }, (source) => api.importMeetingFile({ source }));
  if (!chosen) return null;
  showImportOutcome(chosen.value);
  return chosen.value.meetingId;
}
