import type { Committee } from '../../../shared/domain.ts';

/** How minutes are numbered: from 1 each meeting, or continuously through the municipal year. */
export function NumberingSettings(_props: { committee: Committee; onChange: (committee: Committee) => void }) {
  return null;
}
