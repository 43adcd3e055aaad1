import { useEffect } from 'react';
import { api } from '../api.ts';
import { CommitteePage } from '../committees/CommitteePage.tsx';
import { HomePage } from '../committees/HomePage.tsx';
import { MeetingScreen } from '../meetings/MeetingScreen.tsx';
import { SaveProvider } from '../saving/SaveContext.tsx';
import { importMeetingFileAndOpen } from '../meetings/import-meeting-file.ts';
import { useRoute } from './route.ts';

export function App() {
  const route = useRoute();
  useEffect(
    () =>
      api.on('menu-command', (command) => {
        if (command !== 'import-meeting-file') return;
        importMeetingFileAndOpen().catch((error: unknown) => window.alert(error instanceof Error ? error.message : String(error)));
      }),
    [],
  );
  return (
    <SaveProvider>
      {route.screen === 'home' && <HomePage />}
      {route.screen === 'committee' && <CommitteePage key={route.committeeId} committeeId={route.committeeId} tab={route.tab} />}
      {route.screen === 'meeting' && <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />}
    </SaveProvider>
  );
}
