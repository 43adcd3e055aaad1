import type { CommitteeDetail } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { useCallback } from 'react';
import { useNewMeetingCommand } from '../app/new-meeting-command.ts';
import { hrefFor, navigate, type CommitteeTab } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { ActionLogTab } from '../action-log/ActionLogTab.tsx';
import { MeetingList } from '../meetings/MeetingList.tsx';
import { PhraseBankTab } from '../phrase-bank/PhraseBankTab.tsx';
import { AbbreviationsTab } from '../abbreviations/AbbreviationsTab.tsx';
import { AgendaTemplateEditor } from './AgendaTemplateEditor.tsx';
import { CommitteeSettings } from './CommitteeSettings.tsx';
import { RosterEditor } from './RosterEditor.tsx';

const tabLabels: Record<CommitteeTab, string> = {
  meetings: 'Meetings',
  actions: 'Action log',
  roster: 'Roster',
  'agenda-template': 'Standard agenda',
  phrases: 'Phrase bank',
  abbreviations: 'Abbreviations',
  settings: 'Settings',
};

export function CommitteePage({ committeeId, tab }: { committeeId: string; tab: CommitteeTab }) {
  // On the Meetings tab the form itself answers the command; from the others, go there first.
  useNewMeetingCommand(
    useCallback(() => {
      if (tab !== 'meetings') navigate({ screen: 'committee', committeeId, tab: 'meetings' });
    }, [committeeId, tab]),
  );
  const { state, set } = useLoad(() => api.getCommittee({ committeeId }), [committeeId]);
  const name = state.status === 'ready' ? state.value.committee.name : 'Committee';
  return (
    <Layout crumbs={[{ label: 'Committees', href: hrefFor({ screen: 'home' }) }, { label: name }]}>
      <div className="page">
        <h1>{name}</h1>
        <nav aria-label="Committee sections" className="tabs">
          {(Object.keys(tabLabels) as CommitteeTab[]).map((candidate) => (
            <a
              key={candidate}
              href={hrefFor({ screen: 'committee', committeeId, tab: candidate })}
              aria-current={candidate === tab ? 'page' : undefined}
              className="tab"
            >
              {tabLabels[candidate]}
            </a>
          ))}
        </nav>
        {state.status === 'failed' && <ErrorMessage message={state.message} />}
        {state.status === 'ready' && <TabContent detail={state.value} tab={tab} onChange={(update) => set(update)} />}
      </div>
    </Layout>
  );
}

function TabContent({
  detail,
  tab,
  onChange,
}: {
  detail: CommitteeDetail;
  tab: CommitteeTab;
  onChange: (update: (detail: CommitteeDetail) => CommitteeDetail) => void;
}) {
  switch (tab) {
    case 'meetings':
      return <MeetingList committee={detail.committee} />;
    case 'roster':
      return <RosterEditor committeeId={detail.committee.id} members={detail.members} onChange={(members) => onChange((d) => ({ ...d, members }))} />;
    case 'agenda-template':
      return <AgendaTemplateEditor committee={detail.committee} onChange={(committee) => onChange((d) => ({ ...d, committee }))} />;
    case 'actions':
      return <ActionLogTab committee={detail.committee} />;
    case 'phrases':
      return <PhraseBankTab committee={detail.committee} />;
    case 'abbreviations':
      return <AbbreviationsTab committee={detail.committee} />;
    case 'settings':
      return <CommitteeSettings committee={detail.committee} onChange={(committee) => onChange((d) => ({ ...d, committee }))} />;
  }
}
