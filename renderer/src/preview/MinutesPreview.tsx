import type { CSSProperties, ReactNode } from 'react';
import type { Inline, MinutesBlock, MinutesDocument, MinutesItem, MinutesSection, ParagraphRole } from '../../../shared/compose/model.ts';
import { useMinuteLinker } from './minute-links.tsx';

// The print-like view of the minutes. It renders the same MinutesDocument the Word writer renders
// and decides nothing about wording or order: only how it looks on screen.

export function MinutesPreview({ minutes }: { minutes: MinutesDocument }) {
  const pageStyle: CSSProperties = { fontFamily: `'${minutes.style.fontFamily}', Arial, sans-serif`, fontSize: `${minutes.style.fontSize}pt` };
  return (
    <article className="minutes-page" style={pageStyle} aria-label="Minutes preview">
      {minutes.headerMarks.length > 0 && (
        <p className="minutes-header-marks" aria-label="Page header">
          {minutes.headerMarks.join(' · ')}
        </p>
      )}
      <h1 className="minutes-title">{minutes.title}</h1>
      <p className="minutes-subtitle">{minutes.subtitle}</p>
      {minutes.attendance.map((group) => (
        <section key={group.heading} className="minutes-attendance" aria-label={group.heading.replace(/:$/, '')}>
          <h2>{group.heading}</h2>
          {group.lineGroups.map((lines, index) => (
            <ul key={index}>
              {lines.map((line, at) => (
                <li key={at}>{line}</li>
              ))}
            </ul>
          ))}
        </section>
      ))}
      {minutes.actionHeading === null ? (
        <div className="minutes-single-column">
          {minutes.items.map((item) => (
            <section key={item.itemId} className={`minutes-item depth-${item.depth}`} data-item-id={item.itemId} aria-label={`Minute ${item.number}`}>
              <h2 className="minutes-item-heading">{item.heading}</h2>
              {item.sections.map((section, index) => (
                <Blocks key={index} blocks={section.blocks} />
              ))}
            </section>
          ))}
        </div>
      ) : (
        <table className="minutes-table">
          <tbody>
            {minutes.items.map((item) => (
              <ItemRows key={item.itemId} item={item} actionHeading={minutes.actionHeading!} />
            ))}
          </tbody>
        </table>
      )}
      <footer className="minutes-closing">
        {minutes.closing.endedSentence && <p>{minutes.closing.endedSentence}</p>}
        <div className="minutes-signature">
          <span>{minutes.closing.signatureLabel}</span>
          <span className="signature-line" aria-hidden="true" />
        </div>
        <div className="minutes-signature">
          <span>{minutes.closing.dateLabel}</span>
          <span className="signature-line" aria-hidden="true" />
        </div>
      </footer>
    </article>
  );
}

function ItemRows({ item, actionHeading }: { item: MinutesItem; actionHeading: string }) {
  const sections: MinutesSection[] = item.sections.length ? item.sections : [{ blocks: [], actionColumn: [] }];
  return (
    <>
      <tr className={`minutes-item-row depth-${item.depth}`} data-item-id={item.itemId}>
        <th scope="row" className="minutes-number">
          {item.marginNumber}
        </th>
        <td className="minutes-content">
          <h2 className="minutes-item-heading">{item.heading}</h2>
        </td>
        <td className="minutes-action minutes-action-heading">{actionHeading}</td>
      </tr>
      {sections.map((section, index) => (
        <tr key={index} className="minutes-section-row" data-item-id={item.itemId}>
          <td className="minutes-number" />
          <td className="minutes-content">
            <Blocks blocks={section.blocks} />
          </td>
          <td className="minutes-action">{section.actionColumn.join(', ')}</td>
        </tr>
      ))}
    </>
  );
}

function Blocks({ blocks }: { blocks: MinutesBlock[] }) {
  return <>{blocks.map((block, index) => <Block key={index} block={block} />)}</>;
}

// What the secretary wrote can refer to "minute 40"; generated sentences name minutes of their own
// meetings ("minute 7, 25 March 2021"), which a link from this meeting could get wrong.
const linkableRoles = new Set<ParagraphRole>(['notes', 'post-meeting-note']);

function Block({ block }: { block: MinutesBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={`minutes-paragraph role-${block.role}${block.sentence ? ' is-generated' : ''}`}>
          <Runs runs={block.runs} isLinkable={linkableRoles.has(block.role)} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <Blocks blocks={item} />
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'resolution':
      return (
        <div className="minutes-resolution">
          {block.runs.length > 0 && (
            <p>
              <Runs runs={block.runs} isLinkable />
            </p>
          )}
          {block.parts.map((part) => (
            <p key={part.label} className="minutes-resolution-part">
              <span className="part-label">{part.label}</span> <Runs runs={part.runs} isLinkable />
            </p>
          ))}
        </div>
      );
  }
}

function Runs({ runs, isLinkable = false }: { runs: Inline[]; isLinkable?: boolean }) {
  const linker = useMinuteLinker();
  return (
    <>
      {runs.map((run, index) => {
        if ('lineBreak' in run) return <br key={index} />;
        let node: ReactNode = isLinkable && linker ? linker(run.text) : run.text;
        if (run.underline) node = <u>{node}</u>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
