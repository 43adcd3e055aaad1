import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { numberAgenda } from '../../../shared/numbering.ts';
import { api } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { longDate, nowClock } from '../app/format.ts';
import { useNewMeetingCommand } from '../app/new-meeting-command.ts';
import { hrefFor, navigate, openItemEvent, parseRoute, type OpenItemDetail } from '../app/route.ts';
import { useWindowTitle } from '../app/window-title.ts';
import { MinutesStateBar, readOnlyReasonId } from '../review/MinutesStateBar.tsx';
import { ReadOnlyProvider } from '../review/read-only.ts';
import { stateBadgeLabels } from '../review/state-words.ts';
import { AgendaPanel, itemLabel } from '../agenda/AgendaPanel.tsx';
import { AttendancePanel } from '../attendance/AttendancePanel.tsx';
import { ItemEditor } from '../item-editor/ItemEditor.tsx';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog.tsx';
import { MeetingDetailsForm } from './MeetingDetailsForm.tsx';
import { NextMeetingButton } from './NextMeetingButton.tsx';
import { useMeeting, type MeetingDetail } from './useMeeting.ts';

export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const { state, actions, undoable, dismissUndo, flushItem } = useMeeting(meetingId);
  if (state.status !== 'ready') {
    return (
      <Layout crumbs={[{ label: 'Committees', href: hrefFor({ screen: 'home' }) }, { label: 'Meeting' }]}>
        {state.status === 'failed' ? <ErrorMessage message={state.message} /> : <p className="loading">Opening the meeting…</p>}
      </Layout>
    );
  }
  return <LiveForm detail={state.value} actions={actions} undoable={undoable} dismissUndo={dismissUndo} flushItem={flushItem} />;
}

type LiveFormProps = Omit<ReturnType<typeof useMeeting>, 'state'> & { detail: MeetingDetail };

function LiveForm({ detail, actions, undoable, dismissUndo, flushItem }: LiveFormProps) {
  const { committee, meeting, members, attendance } = detail;
  const queue = useSaveQueue();
  // Continuous numbering: the live form shows the numbers the minutes will print (74, 75…).
  const agenda = useMemo(() => numberAgenda(detail.agenda, { firstNumber: detail.firstMinuteNumber }), [detail.agenda, detail.firstMinuteNumber]);
  const [selectedId, setSelectedId] = useState<string | null>(() => itemFromAddress(meeting.id) ?? agenda[0]?.id ?? null);
  const [titleFocusFor, setTitleFocusFor] = useState<string | null>(null);
  const [isShortcutsOpen, setShortcutsOpen] = useState(false);
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const [isExportOpen, setExportOpen] = useState(false);
  const focusNotes = useRef<() => void>(() => {});
  // Approved and confirmed minutes are shown as they are, every editing control off (the state bar says why).
  const isReadOnly = detail.minutes.isReadOnly;
  const selected = agenda.find((item) => item.id === selectedId) ?? agenda[0] ?? null;

  const select = useCallback(
    (id: string) => {
      // Leaving an item saves it at once rather than after the typing pause.
      if (selected && selected.id !== id) void flushItem(selected.id);
      setSelectedId(id);
    },
    [flushItem, selected],
  );

  // An item opened from elsewhere (a search result, a "minute 40" link) is selected, and the agenda
  // takes the focus so the secretary hears which item it is and can carry on from the keyboard.
  const [focusAgendaFor, setFocusAgendaFor] = useState<string | null>(() => itemFromAddress(meeting.id));
  useEffect(() => {
    const open = (itemId: string | null | undefined) => {
      if (!itemId || !agenda.some((item) => item.id === itemId)) return;
      select(itemId);
      setFocusAgendaFor(itemId);
    };
    const onHashChange = () => open(itemFromAddress(meeting.id));
    const onOpenItem = (event: Event) => {
      const { meetingId, itemId } = (event as CustomEvent<OpenItemDetail>).detail;
      if (meetingId === meeting.id) open(itemId);
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener(openItemEvent, onOpenItem);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener(openItemEvent, onOpenItem);
    };
  }, [agenda, meeting.id, select]);
  useEffect(() => {
    if (!focusAgendaFor || selected?.id !== focusAgendaFor) return;
    // The request is spent once the item it waited for is selected; clearing it renders nothing new.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFocusAgendaFor(null);
    document.querySelector<HTMLElement>('[data-region="agenda"] [role="option"][aria-selected="true"]')?.focus();
  }, [focusAgendaFor, selected]);

  const step = useCallback(
    (direction: -1 | 1) => {
      if (!selected) return;
      const next = agenda[agenda.indexOf(selected) + direction];
      if (next) select(next.id);
    },
    [agenda, select, selected],
  );

  // The item after the deleted one (or before it, at the end) takes its place, and the focus with it.
  const deleteItem = useCallback(
    (item: (typeof agenda)[number]) => {
      const at = agenda.indexOf(item);
      const remaining = agenda.filter((candidate) => candidate.id !== item.id && candidate.parentId !== item.id);
      const neighbour = remaining[Math.min(Math.max(at, 0), remaining.length - 1)] ?? null;
      const wasInAgenda = !!document.activeElement?.closest('[data-region="agenda"]');
      actions.deleteItem(item, itemLabel(item));
      if (neighbour) {
        setSelectedId(neighbour.id);
        setFocusAgendaFor(wasInAgenda || document.activeElement === document.body ? neighbour.id : null);
      }
    },
    [actions, agenda],
  );

  // "Deleted …. Undo" is for putting a slip right at once: it goes after a while.
  useEffect(() => {
    if (!undoable) return;
    const timer = window.setTimeout(dismissUndo, undoNoticeMs);
    return () => window.clearTimeout(timer);
  }, [undoable, dismissUndo]);

  const addItem = useCallback(() => {
    const id = actions.addItem(selected?.id);
    if (selected) void flushItem(selected.id);
    setSelectedId(id);
    setTitleFocusFor(id);
  }, [actions, flushItem, selected]);

  useEffect(() => {
    const cycleRegion = (direction: 1 | -1) => {
      const regions = ['agenda', 'item', 'attendance'].map((name) => document.querySelector<HTMLElement>(`[data-region="${name}"]`));
      const current = regions.findIndex((region) => region?.contains(document.activeElement));
      const target = regions[(current + direction + regions.length) % regions.length];
      const focusable = target?.querySelector<HTMLElement>('[tabindex="0"], input, [contenteditable="true"], button, select');
      focusable?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = event.ctrlKey || event.metaKey;
      const target = event.target as HTMLElement | null;
      const isTyping = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      let handled = true;
      if (event.key === 'F1') setShortcutsOpen(true);
      else if (isMod && event.shiftKey && event.key.toLowerCase() === 'p') setPreviewOpen((isOpen) => !isOpen);
      else if (isMod && !event.shiftKey && event.key.toLowerCase() === 'e') setExportOpen(true);
      else if (event.altKey && !event.shiftKey && !isMod && event.key === 'ArrowDown') step(1);
      else if (event.altKey && !event.shiftKey && !isMod && event.key === 'ArrowUp') step(-1);
      else if (isMod && !event.shiftKey && event.key === 'Enter') {
        if (!isReadOnly) addItem();
      }
      else if (isMod && event.key.toLowerCase() === 's') void queue.flush();
      else if (event.key === 'F6') cycleRegion(event.shiftKey ? -1 : 1);
      else if (isMod && !event.shiftKey && event.key.toLowerCase() === 'z' && undoable && !isTyping && !isReadOnly) actions.undoDelete();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Capture phase: these keys win over the editor's own (Ctrl+Enter would otherwise be a line break).
    window.addEventListener('keydown', onKeyDown, true);
    const offMenu = api.on('menu-command', (command) => {
      if (command === 'next-item') step(1);
      else if (command === 'previous-item') step(-1);
      else if (command === 'add-item' && !isReadOnly) addItem();
      else if (command === 'show-shortcuts') setShortcutsOpen(true);
      else if (command === 'toggle-preview') setPreviewOpen((isOpen) => !isOpen);
      else if (command === 'export-minutes' || command === 'export-meeting-file') setExportOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      offMenu();
    };
  }, [actions, addItem, isReadOnly, queue, step, undoable]);

  const goToNewMeetingForm = useCallback(() => {
    void queue.flush();
    navigate({ screen: 'committee', committeeId: committee.id, tab: 'meetings' });
  }, [committee.id, queue]);
  useNewMeetingCommand(goToNewMeetingForm);

  const heading = meeting.title || `Meeting of ${longDate(meeting.date)}`;
  useWindowTitle({ place: `${committee.name} — ${heading}`, state: stateBadgeLabels[detail.minutes.state] });
  const meetingActions = (
    <>
      {meeting.startedAt && <span className="meeting-clock">Started {meeting.startedAt}</span>}
      {meeting.endedAt && <span className="meeting-clock">Ended {meeting.endedAt}</span>}
      {!meeting.startedAt && !isReadOnly && (
        <button type="button" className="primary" onClick={() => actions.saveMeeting(meeting, { startedAt: nowClock() })}>
          Start meeting
        </button>
      )}
      {meeting.startedAt && !meeting.endedAt && !isReadOnly && (
        <button type="button" onClick={() => actions.saveMeeting(meeting, { endedAt: nowClock() })}>
          End meeting
        </button>
      )}
      <NextMeetingButton detail={detail} />
      <button type="button" aria-pressed={isPreviewOpen} onClick={() => setPreviewOpen((isOpen) => !isOpen)} title="Ctrl+Shift+P">
        Preview minutes
      </button>
      <button type="button" onClick={() => setExportOpen(true)} title="Ctrl+E">
        Export to Word…
      </button>
      <button type="button" className="icon" aria-label="Keyboard shortcuts" onClick={() => setShortcutsOpen(true)} title="Keyboard shortcuts (F1)">
        ?
      </button>
    </>
  );

  return (
    <Layout
      className="layout--meeting"
      crumbs={[
        { label: 'Committees', href: hrefFor({ screen: 'home' }) },
        { label: committee.name, href: hrefFor({ screen: 'committee', committeeId: committee.id, tab: 'meetings' }) },
        { label: heading },
      ]}
      actions={meetingActions}
    >
      <h1 className="visually-hidden">
        {committee.name}: {heading}
      </h1>
      <MinutesStateBar detail={detail} onStatus={actions.setMinutesStatus} />
      <ReadOnlyProvider value={isReadOnly}>
        <div className={`live-form${isPreviewOpen ? ' with-preview' : ''}${isReadOnly ? ' is-read-only' : ''}`}>
          {/* display: contents — the columns stay the grid's; a disabled fieldset switches off every control in them. */}
          <fieldset className="live-form-fields" disabled={isReadOnly} aria-describedby={isReadOnly ? readOnlyReasonId : undefined}>
            <legend className="visually-hidden">{isReadOnly ? 'The minutes (read-only)' : 'The minutes'}</legend>
            <div className="live-left">
              <MeetingDetailsForm meeting={meeting} actions={actions} />
              <AgendaPanel
                items={agenda}
                selectedId={selected?.id ?? null}
                onSelect={select}
                onOpen={() => focusNotes.current()}
                onAdd={isReadOnly ? () => {} : addItem}
                onDelete={isReadOnly ? () => {} : deleteItem}
                onReorder={isReadOnly ? () => {} : actions.applyOrder}
              />
              {undoable && (
                <div role="status" className="undo-toast">
                  Deleted “{undoable.label}”.{' '}
                  <button type="button" onClick={actions.undoDelete}>
                    Undo
                  </button>
                  <button type="button" className="icon" aria-label="Dismiss" onClick={dismissUndo}>
                    ×
                  </button>
                </div>
              )}
            </div>
            <div className="live-centre">
              {selected ? (
                <ItemEditor
                  key={selected.id}
                  item={selected}
                  members={members}
                  actions={actions}
                  onLeaveField={() => void flushItem(selected.id)}
                  focusTitle={titleFocusFor === selected.id}
                  registerNotesFocus={(focus) => (focusNotes.current = focus)}
                />
              ) : (
                <p className="empty">The agenda is empty. Add an item to begin (Ctrl+Enter).</p>
              )}
            </div>
            {!isPreviewOpen && (
              <div className="live-right">
                <AttendancePanel meetingId={meeting.id} attendance={attendance} agenda={agenda} currentItemId={selected?.id ?? null} actions={actions} />
              </div>
            )}
          </fieldset>
          {isPreviewOpen && (
            <div className="live-right">
              <PreviewPane detail={detail} notesOf={actions.notesOf} currentItemId={selected?.id ?? null} />
            </div>
          )}
        </div>
      </ReadOnlyProvider>
      <ShortcutsDialog isOpen={isShortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {isExportOpen && (
        <ExportDialog
          committee={committee}
          meeting={meeting}
          status={detail.minutes}
          hasPart2={Object.values(detail.byItem).some((record) => record.part2 !== null)}
          onClose={() => setExportOpen(false)}
        />
      )}
    </Layout>
  );
}

/** How long the undo notice for a deleted item stays. */
export const undoNoticeMs = 15_000;

/** The item the address names, when it is an item of this meeting ("#/meetings/<id>/items/<itemId>"). */
function itemFromAddress(meetingId: string): string | null {
  const route = parseRoute(window.location.hash);
  return route.screen === 'meeting' && route.meetingId === meetingId ? (route.itemId ?? null) : null;
}
