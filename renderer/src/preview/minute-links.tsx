import { createContext, useContext, useMemo, type MouseEvent, type ReactNode } from 'react';
import type { MeetingDetail, MinuteIndexEntry } from '../../../shared/domain.ts';
import { linkMinuteReferences } from '../../../shared/minute-references.ts';
import { numberAgenda } from '../../../shared/numbering.ts';
import { formatDate } from '../../../shared/wording.ts';
import { api } from '../api.ts';
import { hrefFor, openItem } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';

// "minute 40" in the notes shown as a link to that minute, in this meeting or an earlier one.
// The preview renders text it is given; this decides which stretches of it are links.

export type MinuteLinker = (text: string) => ReactNode[];

const MinuteLinkContext = createContext<MinuteLinker | null>(null);

export const MinuteLinkProvider = MinuteLinkContext.Provider;

/** The linker for the preview being rendered, or null where references stay plain text. */
export const useMinuteLinker = () => useContext(MinuteLinkContext);

/**
 * The committee's numbered minutes as seen from this meeting. Earlier meetings come from the data
 * file once; this meeting's own numbers follow the agenda on screen, so a minute just added or
 * moved is linked by the number it now has.
 */
export function useMinuteIndex(detail: MeetingDetail): MinuteIndexEntry[] {
  const meetingId = detail.meeting.id;
  const { state } = useLoad(() => api.listMinuteIndex({ meetingId }), [meetingId]);
  const stored = state.status === 'ready' ? state.value : null;
  return useMemo(() => {
    const own = numberAgenda(detail.agenda, { firstNumber: detail.firstMinuteNumber }).map(
      (item): MinuteIndexEntry => ({ meetingId, meetingDate: detail.meeting.date, itemId: item.id, number: item.number, title: item.title }),
    );
    if (!stored) return own;
    const at = stored.findIndex((entry) => entry.meetingId === meetingId || entry.meetingDate < detail.meeting.date);
    const others = stored.filter((entry) => entry.meetingId !== meetingId);
    const insertAt = at < 0 ? others.length : stored.slice(0, at).filter((entry) => entry.meetingId !== meetingId).length;
    return [...others.slice(0, insertAt), ...own, ...others.slice(insertAt)];
  }, [detail.agenda, detail.firstMinuteNumber, detail.meeting.date, meetingId, stored]);
}

/** Splits text into plain stretches and links for each "minute N" that names a minute that exists. */
export function createMinuteLinker(index: MinuteIndexEntry[], currentMeetingId: string, dateStyle: MeetingDetail['houseStyle']['dateStyle']): MinuteLinker {
  return (text) => {
    const references = linkMinuteReferences(text, index, currentMeetingId).filter((reference) => reference.target !== null);
    if (references.length === 0) return [text];
    const parts: ReactNode[] = [];
    let at = 0;
    for (const reference of references) {
      const target = reference.target!;
      if (reference.start > at) parts.push(text.slice(at, reference.start));
      const isHere = target.meetingId === currentMeetingId;
      const open = (event: MouseEvent) => {
        event.preventDefault();
        openItem(target.meetingId, target.itemId);
      };
      parts.push(
        <a
          key={reference.start}
          className="minute-link"
          href={hrefFor({ screen: 'meeting', meetingId: target.meetingId, itemId: target.itemId })}
          title={`Minute ${target.number}: ${target.title.trim() || 'Untitled item'}${isHere ? '' : `, meeting of ${formatDate(target.meetingDate, dateStyle)}`}`}
          onClick={open}
        >
          {text.slice(reference.start, reference.end)}
        </a>,
      );
      at = reference.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return parts;
  };
}
