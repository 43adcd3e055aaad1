import type { Committee } from '../../../shared/domain.ts';

/** The committee's action log across meetings. */
export function ActionLogTab(_props: { committee: Committee }) {
  return null;
}
