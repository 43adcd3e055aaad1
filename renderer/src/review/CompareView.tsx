import { useState } from 'react';
import type { ItemComparison, MinutesComparison, RecordComparison } from '../../../shared/compare.ts';
import { DiffText } from './DiffText.tsx';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "3 minutes changed, 1 added, 1 moved; 42 words added and 17 taken out." */
export function comparisonSummary(comparison: MinutesComparison): string {
  if (comparison.isSame) return 'No differences: the two are the same.';
  const { summary } = comparison;
  const items = [
    summary.itemsChanged && `${plural(summary.itemsChanged, 'minute')} changed`,
    summary.itemsAdded && `${summary.itemsAdded} added`,
    summary.itemsRemoved && `${summary.itemsRemoved} removed`,
    summary.itemsMoved && `${summary.itemsMoved} moved`,
  ].filter(Boolean);
  const words = summary.wordsInserted || summary.wordsDeleted ? `${plural(summary.wordsInserted, 'word')} added and ${summary.wordsDeleted} taken out` : '';
  const other = [
    comparison.meeting.length && plural(comparison.meeting.length, 'meeting detail'),
    comparison.attendance.length && `${plural(comparison.attendance.length, 'attendance change')}`,
    comparison.declarations.length && plural(comparison.declarations.length, 'declaration'),
  ].filter(Boolean);
  return [items.join(', '), words, other.length ? `and ${other.join(', ')}` : ''].filter(Boolean).join('; ') + '.';
}

const itemChangeWords: Record<ItemComparison['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
};
const recordChangeWords: Record<RecordComparison['change'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

function itemName(item: ItemComparison): string {
  const number = item.number.to ?? item.number.from ?? '';
  const title = item.title.to ?? item.title.from ?? '';
  return `Minute ${number}: ${title}`;
}

/**
 * Two states of the minutes compared, item by item: what was added, removed or moved, and each
 * changed minute's words with insertions and deletions inline; then attendance, declarations and
 * meeting details. Unchanged minutes are listed, folded away.
 */
export function CompareView({ comparison }: { comparison: MinutesComparison }) {
  const [isShowingUnchanged, setShowingUnchanged] = useState(false);
  const changed = comparison.items.filter((item) => item.change !== 'unchanged' || item.isMoved);
  const unchanged = comparison.items.filter((item) => item.change === 'unchanged' && !item.isMoved);
  return (
    <section className="compare-view" aria-label="Comparison">
      <p className="compare-sides">
        <span className="compare-side">
          <span className="compare-side-label">From</span> {comparison.from.label}
        </span>
        <span aria-hidden="true">→</span>
        <span className="compare-side">
          <span className="compare-side-label">To</span> {comparison.to.label}
        </span>
      </p>
      <p className="compare-summary" role="status">
        {comparisonSummary(comparison)}
      </p>
      <p className="hint compare-key">
        <del>Struck through</del>: taken out. <ins>Underlined</ins>: added.
      </p>
      {comparison.meeting.length > 0 && (
        <section aria-label="Meeting details" className="compare-block">
          <h3>Meeting details</h3>
          <ul>
            {comparison.meeting.map((change) => (
              <li key={change.field}>
                {change.field}: <del>{change.from || '(none)'}</del> → <ins>{change.to || '(none)'}</ins>
              </li>
            ))}
          </ul>
        </section>
      )}
      {comparison.attendance.length > 0 && (
        <section aria-label="Attendance" className="compare-block">
          <h3>Attendance</h3>
          <ul>
            {comparison.attendance.map((change) => (
              <li key={change.person}>
                <strong>{change.person}</strong>:{' '}
                {change.change === 'added' ? (
                  <ins>{change.to}</ins>
                ) : change.change === 'removed' ? (
                  <>
                    <del>{change.from}</del> (no longer listed)
                  </>
                ) : (
                  <>
                    <del>{change.from}</del> → <ins>{change.to}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {comparison.declarations.length > 0 && (
        <section aria-label="Declarations of interest" className="compare-block">
          <h3>Declarations of interest</h3>
          <Records records={comparison.declarations} />
        </section>
      )}
      {changed.map((item) => (
        <section key={item.itemId} className={`compare-item compare-item--${item.change}`} aria-label={`${itemName(item)} — ${itemChangeWords[item.change]}`}>
          <h3>
            <span className="compare-tag">{itemChangeWords[item.change]}</span>
            {item.isMoved && item.change !== 'moved' && <span className="compare-tag">Moved</span>}{' '}
            {item.number.from !== item.number.to && item.number.from && item.number.to ? (
              <>
                Minute <del>{item.number.from}</del> <ins>{item.number.to}</ins>
              </>
            ) : (
              `Minute ${item.number.to ?? item.number.from ?? ''}`
            )}
            :{' '}
            {item.title.from !== item.title.to && item.title.from !== null && item.title.to !== null ? (
              <>
                <del>{item.title.from}</del> <ins>{item.title.to}</ins>
              </>
            ) : (
              (item.title.to ?? item.title.from)
            )}
          </h3>
          {item.text.some((run) => run.kind !== 'same') || item.change === 'added' || item.change === 'removed' ? <DiffText runs={item.text} isCondensed /> : null}
          {item.resolutions.length > 0 && (
            <div className="compare-records">
              <h4>Resolutions</h4>
              <Records records={item.resolutions} />
            </div>
          )}
          {item.actions.length > 0 && (
            <div className="compare-records">
              <h4>Actions</h4>
              <Records records={item.actions} />
            </div>
          )}
        </section>
      ))}
      {unchanged.length > 0 && (
        <section className="compare-block compare-unchanged" aria-label="Unchanged minutes">
          <button type="button" className="link-button" aria-expanded={isShowingUnchanged} onClick={() => setShowingUnchanged((isShowing) => !isShowing)}>
            {plural(unchanged.length, 'minute')} unchanged
          </button>
          {isShowingUnchanged && (
            <ul>
              {unchanged.map((item) => (
                <li key={item.itemId}>{itemName(item)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}

function Records({ records }: { records: RecordComparison[] }) {
  return (
    <ul className="compare-record-list">
      {records.map((record) => (
        <li key={record.id}>
          <span className="compare-tag">{recordChangeWords[record.change]}</span>
          {/* Reworded: the words themselves say what it is; otherwise its name does. */}
          {record.text.some((run) => run.kind !== 'same') ? <DiffText runs={record.text} isCondensed /> : <span className="compare-record-label">{record.label}</span>}
          {record.details.length > 0 && (
            <ul className="compare-details">
              {record.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
