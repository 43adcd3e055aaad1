import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import type { Paper } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { findPaper, insertPaper, nextPaperPosition, updatePaperTitle } from '../store/papers.ts';
import { clearDeleted, markDeleted } from '../store/soft-delete.ts';
import { alreadyAdded, deletionTime, found, live, notYetDeleted, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';

type PaperHandlers = Pick<HandlerTable, 'addPaper' | 'updatePaper' | 'removePaper' | 'restorePaper'>;

/** Papers are copied beside the data file, so the data folder holds everything a meeting needs. */
export function papersFolder(db: Db): string {
  return join(dirname(db.name), 'papers');
}

/** Copies of deleted papers wait here for an undo, out of the folder of the papers in use. */
function setAsideFolder(db: Db): string {
  return join(papersFolder(db), 'deleted');
}

/** Sets a deleted paper's copy aside, or puts it back: a copy that is already there counts as moved. */
function moveCopy(db: Db, fileName: string, direction: 'aside' | 'back'): void {
  const inUse = join(papersFolder(db), fileName);
  const setAside = join(setAsideFolder(db), fileName);
  const [from, to] = direction === 'aside' ? [inUse, setAside] : [setAside, inUse];
  if (!existsSync(from)) return;
  try {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  } catch {
    if (direction === 'back') throw new ApiError('disk-full', `The paper’s file could not be put back in Proceedings’ data folder.`);
  }
}

export function paperHandlers(context: HandlerContext): PaperHandlers {
  const { db } = context;
  return {
    addPaper: ({ itemId, paperId, title, source }) => {
      // Before the grant is taken: a retried add finds its paper there, its grant already used.
      const again = paperId && alreadyAdded(findPaper(db, paperId), (existing) => existing.itemId === itemId);
      if (again) {
        const { meetingId: _meetingId, ...paper } = again;
        return paper;
      }
      const sourcePath = context.grants.take(source, 'paper');
      const item = liveAgendaItem(db, itemId);
      let isFile = false;
      try {
        isFile = statSync(sourcePath).isFile();
      } catch {
        // Reported below with the same words as a folder.
      }
      if (!isFile) throw new ApiError('not-found', `The file “${basename(sourcePath)}” could not be found.`);
      const id = paperId ?? context.newId();
      const extension = extname(sourcePath).toLowerCase();
      // Our own name, not the original: ids cannot collide or climb out of the folder.
      const fileName = `${id}${/^\.[a-z0-9]{1,10}$/.test(extension) ? extension : ''}`;
      const target = join(papersFolder(db), fileName);
      // Copied before the transaction so a large file never holds the write lock.
      try {
        mkdirSync(papersFolder(db), { recursive: true });
        copyFileSync(sourcePath, target, constants.COPYFILE_EXCL);
      } catch {
        rmSync(target, { force: true });
        throw new ApiError('disk-full', `The file “${basename(sourcePath)}” could not be copied into Proceedings’ data folder.`);
      }
      try {
        return write(context, () => {
          liveAgendaItem(db, itemId);
          // Without a title of its own, a paper is known by its file's name.
          const paperTitle = title.trim() || basename(sourcePath, extname(sourcePath)).slice(0, 300);
          const paper: Paper = { id, itemId, title: paperTitle, fileName, position: nextPaperPosition(db, itemId) };
          insertPaper(db, item.meetingId, paper, timestamp(context));
          return paper;
        });
      } catch (error) {
        rmSync(target, { force: true });
        throw error;
      }
    },

    updatePaper: ({ paperId, title }) =>
      write(context, () => {
        const { meetingId: _meetingId, ...paper } = live(findPaper(db, paperId), 'That paper');
        updatePaperTitle(db, paperId, title.trim());
        return { ...paper, title: title.trim() };
      }),

    removePaper: ({ paperId }) => {
      const paper = write(context, () => {
        const existing = notYetDeleted(findPaper(db, paperId), 'That paper');
        markDeleted(db, 'papers', [paperId], deletionTime(context));
        return existing;
      });
      // After the commit, the copy is set aside for the restore; if that fails it merely stays put.
      if (paper.fileName) moveCopy(db, paper.fileName, 'aside');
      return { removed: true as const };
    },

    restorePaper: ({ paperId }) => {
      const { meetingId: _meetingId, deletedAt, ...paper } = found(findPaper(db, paperId), 'That paper');
      if (!deletedAt) return paper;
      liveAgendaItem(db, paper.itemId);
      // Before the commit: a paper is listed again only with its file back in place.
      if (paper.fileName) moveCopy(db, paper.fileName, 'back');
      try {
        write(context, () => {
          liveAgendaItem(db, paper.itemId);
          clearDeleted(db, 'papers', [paperId]);
        });
      } catch (error) {
        if (paper.fileName) moveCopy(db, paper.fileName, 'aside');
        throw error;
      }
      return paper;
    },
  };
}
