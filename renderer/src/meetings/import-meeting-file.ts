import { api } from '../api.ts';
import { navigate } from '../app/route.ts';

/** File → Import meeting file: choose the file, import it, and open the meeting. Null when cancelled. */
export async function importMeetingFileAndOpen(): Promise<string | null> {
  const chosen = await api.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' });
  if ('cancelled' in chosen) return null;
  const imported = await api.importMeetingFile({ source: chosen.grantId });
  navigate({ screen: 'meeting', meetingId: imported.meetingId });
  return imported.meetingId;
}
