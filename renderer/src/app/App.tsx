import { CommitteePage } from '../committees/CommitteePage.tsx';
import { HomePage } from '../committees/HomePage.tsx';
import { MeetingScreen } from '../meetings/MeetingScreen.tsx';
import { SaveProvider } from '../saving/SaveContext.tsx';
import { useRoute } from './route.ts';

export function App() {
  const route = useRoute();
  return (
    <SaveProvider>
      {route.screen === 'home' && <HomePage />}
      {route.screen === 'committee' && <CommitteePage key={route.committeeId} committeeId={route.committeeId} tab={route.tab} />}
      {route.screen === 'meeting' && <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />}
    </SaveProvider>
  );
}
