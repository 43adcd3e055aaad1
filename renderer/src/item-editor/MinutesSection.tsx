import { useId, useState, type ReactNode } from 'react';
import type { MeetingActions } from '../meetings/useMeeting.ts';

/**
 * Open or closed as the secretary last left it on this item (the editor is rebuilt for each item,
 * so the choice is kept with the meeting); until then open only when it has something in it, so
 * an empty item stays quiet and a full one shows what it holds.
 */
export function useSectionOpen(itemId: string, section: string, actions: MeetingActions, hasContent: boolean) {
  const key = `${itemId}:${section}`;
  const [isOpen, setOpenState] = useState(() => actions.isSectionOpen(key) ?? hasContent);
  const setOpen = (next: boolean) => {
    actions.rememberSection(key, next);
    setOpenState(next);
  };
  return [isOpen, setOpen] as const;
}

type Props = {
  title: string;
  count: number;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  /** Buttons kept in the heading row, so adding needs no opening first. */
  tools?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** One of the item editor's collapsible sections below the notes: "Resolutions (2)". */
export function MinutesSection({ title, count, isOpen, onToggle, tools, className, children }: Props) {
  const headingId = useId();
  const bodyId = useId();
  return (
    // A group, not a landmark: four more landmarks per item would crowd a screen reader's list.
    <div role="group" className={`minutes-section${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <div className="minutes-section-header">
        <h3 id={headingId}>
          <button
            type="button"
            className="section-toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? bodyId : undefined}
            onClick={() => onToggle(!isOpen)}
          >
            <span className="section-chevron" aria-hidden="true" />
            {title} <span className="section-count">({count})</span>
          </button>
        </h3>
        {tools && <div className="section-tools">{tools}</div>}
      </div>
      {isOpen && (
        <div id={bodyId} className="minutes-section-body">
          {children}
        </div>
      )}
    </div>
  );
}
