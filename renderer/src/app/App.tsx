import { useEffect } from 'react';
import { api, describeError } from '../api.ts';
import { CommitteePage } from '../committees/CommitteePage.tsx';
import { HomePage } from '../committees/HomePage.tsx';
import { MeetingScreen } from '../meetings/MeetingScreen.tsx';
import { MeetingImportDialog } from '../review/MeetingImportDialog.tsx';
import { ChairmanReviewScreen } from '../review/ChairmanReviewScreen.tsx';
import { CommentsScreen } from '../review/CommentsScreen.tsx';
import { chooseAndImportResponse, chooseAndOpenReview, openHandedFile } from '../review/open-review.ts';
import { ReviewModeScreen } from '../review/ReviewModeScreen.tsx';
import { VersionsScreen } from '../review/VersionsScreen.tsx';
import { SaveProvider } from '../saving/SaveContext.tsx';
import { UnsavedEditsOffer } from '../saving/UnsavedEditsOffer.tsx';
import { StoreBanner } from '../settings/StoreBanner.tsx';
import { importMeetingFileAndOpen } from '../meetings/import-meeting-file.ts';
import { useRoute } from './route.ts';

const complain = (error: unknown) => window.alert(describeError(error).message);

export function App() {
  const route = useRoute();
  useEffect(
    () =>
      api.on('menu-command', (command) => {
        if (command === 'import-meeting-file') importMeetingFileAndOpen().catch(complain);
        else if (command === 'open-review') chooseAndOpenReview().catch(complain);
        else if (command === 'import-response') chooseAndImportResponse().catch(complain);
      }),
    [],
  );
  // A review or response file double-clicked (or passed at start): at start, and each time the system hands one over.
  useEffect(() => {
    openHandedFile().catch(complain);
    return api.on('file-opened', () => openHandedFile().catch(complain));
  }, []);
  return (
    <SaveProvider>
      <StoreBanner />
      <UnsavedEditsOffer />
      {route.screen === 'home' && <HomePage />}
      {route.screen === 'committee' && <CommitteePage key={route.committeeId} committeeId={route.committeeId} tab={route.tab} />}
      {route.screen === 'meeting' && <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />}
      {route.screen === 'meeting-review' && <ReviewModeScreen key={route.meetingId} meetingId={route.meetingId} />}
      {route.screen === 'meeting-comments' && <CommentsScreen key={route.meetingId} meetingId={route.meetingId} />}
      {route.screen === 'meeting-versions' && <VersionsScreen key={route.meetingId} meetingId={route.meetingId} compare={route.compare} />}
      {route.screen === 'review' && <ChairmanReviewScreen />}
      <MeetingImportDialog />
    </SaveProvider>
  );
}
