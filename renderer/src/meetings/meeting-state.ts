import type { MeetingDetail } from '../../../shared/domain.ts';
import type { SaveQueue } from '../saving/save-queue.ts';

/** What a part of the live meeting's state needs to change it on screen and save it. */
export type MeetingStateAccess = {
  queue: SaveQueue;
  set: (update: (detail: MeetingDetail) => MeetingDetail) => void;
  /** The state as last rendered. */
  latest: () => MeetingDetail | null;
  /** Queue key of the agenda's structure changes: saves of an item wait for its creation. */
  structureKey: string;
};
