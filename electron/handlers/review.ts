import type { HandlerTable } from '../../shared/api.ts';
import type { HandlerContext } from './context.ts';
import { notReady } from './minutes-versions.ts';

// The chairman's review (issue 8): the review file out, the response file back, review mode.

type ReviewHandlers = Pick<
  HandlerTable,
  | 'sendToChairman'
  | 'openReview'
  | 'startReviewHere'
  | 'saveReviewResponse'
  | 'finishReviewHere'
  | 'closeReview'
  | 'importReviewResponse'
  | 'listReviewComments'
  | 'resolveSuggestions'
  | 'compareMinutes'
  | 'exportComparison'
  | 'takeOpenedFile'
>;

export function reviewHandlers(_context: HandlerContext): ReviewHandlers {
  return {
    sendToChairman: () => notReady('sendToChairman'),
    openReview: async () => notReady('openReview'),
    startReviewHere: () => notReady('startReviewHere'),
    saveReviewResponse: () => notReady('saveReviewResponse'),
    finishReviewHere: () => notReady('finishReviewHere'),
    closeReview: () => notReady('closeReview'),
    importReviewResponse: () => notReady('importReviewResponse'),
    listReviewComments: () => notReady('listReviewComments'),
    resolveSuggestions: () => notReady('resolveSuggestions'),
    compareMinutes: () => notReady('compareMinutes'),
    exportComparison: async () => notReady('exportComparison'),
    takeOpenedFile: () => null,
  };
}
