import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import type { SearchResult, SearchSource, TextRange } from '../../../shared/domain.ts';
import { buildMatchQuery } from '../../../shared/search.ts';
import { formatDate } from '../../../shared/wording.ts';
import { api, describeError } from '../api.ts';
import { openItem } from '../app/route.ts';
import './search.css';

/** Quick enough to feel live, slow enough not to search for every letter of a fast typist. */
const debounceMs = 150;
const resultLimit = 12;

// Ctrl+F is the notes editor's (and the browser's) find-in-page; this searches every meeting.
export const searchShortcut = 'Ctrl+Shift+F';
const isSearchShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f';

// Where in the item the words were found, when it is not the title the result shows anyway.
const sourceLabels: Record<SearchSource, string> = {
  title: '',
  notes: 'in the notes',
  resolution: 'in a resolution',
  action: 'in an action',
  declaration: 'in a declaration',
  'action-review': 'in an update on an earlier action',
};

type Found = { kind: 'none' } | { kind: 'ready'; query: string; results: SearchResult[] } | { kind: 'failed'; message: string };

/** Search across every committee's minutes, from the top bar. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ kind: 'none' });
  const [activeIndex, setActiveIndex] = useState(0);
  const [isOpen, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      // Capture phase, so the notes editor and the meeting's own keys never see it.
      event.preventDefault();
      event.stopPropagation();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  useEffect(() => {
    if (buildMatchQuery(query) === null) {
      // A query with no words in it has no answer to wait for: the old results go at once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFound({ kind: 'none' });
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      api.search({ query, limit: resultLimit }).then(
        (results) => {
          if (!isCurrent) return;
          setFound({ kind: 'ready', query, results });
          setActiveIndex(0);
        },
        (error: unknown) => isCurrent && setFound({ kind: 'failed', message: describeError(error).message }),
      );
    }, debounceMs);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query]);

  const results = found.kind === 'ready' ? found.results : [];
  const isShowing = isOpen && found.kind !== 'none';
  const active = isShowing ? results[activeIndex] : undefined;

  const open = (result: SearchResult) => {
    setOpen(false);
    // The meeting screen moves the focus to the item it opens.
    input.current?.blur();
    openItem(result.meeting.id, result.item.id);
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    let handled = true;
    if (event.key === 'ArrowDown') {
      setOpen(true);
      if (isShowing && results.length) setActiveIndex((index) => (index + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      if (isShowing && results.length) setActiveIndex((index) => (index - 1 + results.length) % results.length);
    } else if (event.key === 'Home' && isShowing && results.length) setActiveIndex(0);
    else if (event.key === 'End' && isShowing && results.length) setActiveIndex(results.length - 1);
    else if (event.key === 'Enter' && active) open(active);
    else if (event.key === 'Escape' && isShowing) setOpen(false);
    else if (event.key === 'Escape' && query) setQuery('');
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div
      ref={box}
      role="search"
      aria-label="All minutes"
      className="search-box"
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search minutes"
        aria-keyshortcuts="Control+Shift+F"
        aria-autocomplete="list"
        aria-expanded={isShowing}
        aria-controls={listId}
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        placeholder={`Search (${searchShortcut})`}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!isShowing}>
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {results.map((result, index) => (
            <li
              key={`${result.meeting.id}:${result.item.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={`search-result${index === activeIndex ? ' is-active' : ''}`}
              // Keep the focus in the field, so the keys go on working after a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => open(result)}
            >
              <span className="search-result-where">
                {result.committee.name} · {formatDate(result.meeting.date)}
                {result.meeting.title && ` · ${result.meeting.title}`}
              </span>
              <span className="search-result-item">
                <span className="search-result-number">{result.item.number}</span> {result.item.title.trim() || 'Untitled item'}
                {sourceLabels[result.matchedIn] && <span className="search-result-source"> — {sourceLabels[result.matchedIn]}</span>}
              </span>
              <span className="search-result-snippet">
                <Highlighted text={result.snippet.text} ranges={result.snippet.highlights} />
              </span>
            </li>
          ))}
        </ul>
        {found.kind === 'ready' && results.length === 0 && <p className="search-empty">Nothing in the minutes matches “{found.query.trim()}”.</p>}
        {found.kind === 'failed' && (
          <p role="alert" className="error-message">
            Search failed: {found.message}
          </p>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {found.kind === 'ready' && isOpen ? (results.length === 0 ? 'No results.' : `${results.length} ${results.length === 1 ? 'result' : 'results'}.`) : ''}
      </p>
    </div>
  );
}

/** The snippet with its matched words marked; the text is only ever text, never markup. */
export function Highlighted({ text, ranges }: { text: string; ranges: TextRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
