import { constants, copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import type { Paper } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { deletePaperRow, findPaper, insertPaper, nextPaperPosition, updatePaperTitle } from '../store/papers.ts';
import { found, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';

type PaperHandlers = Pick<HandlerTable, 'addPaper' | 'updatePaper' | 'removePaper'>;

/** Papers are copied beside the data file, so the data folder holds everything a meeting needs. */
export function papersFolder(db: Db): string {
  return join(dirname(db.name), 'papers');
}

export function paperHandlers(context: HandlerContext): PaperHandlers {
  const { db } = context;
  return {
    addPaper: ({ itemId, title, source }) => {
      const sourcePath = context.grants.take(source, 'paper');
      const item = liveAgendaItem(db, itemId);
      let isFile = false;
      try {
        isFile = statSync(sourcePath).isFile();
      } catch {
        // Reported below with the same words as a folder.
      }
      if (!isFile) throw new ApiError('not-found', `The file “${basename(sourcePath)}” could not be found.`);
      const id = context.newId();
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
        const { meetingId: _meetingId, ...paper } = found(findPaper(db, paperId), 'That paper');
        updatePaperTitle(db, paperId, title.trim());
        return { ...paper, title: title.trim() };
      }),

    removePaper: ({ paperId }) => {
      const paper = write(context, () => {
        const existing = found(findPaper(db, paperId), 'That paper');
        deletePaperRow(db, paperId);
        return existing;
      });
      // After the commit: a file left behind by a failed delete costs space, never data.
      if (paper.fileName) rmSync(join(papersFolder(db), paper.fileName), { force: true });
      return { removed: true as const };
    },
  };
}
