import type { Committee } from '../../../shared/domain.ts';

/** The committee's phrase bank: the standard wordings the picker offers. */
export function PhraseBankTab(_props: { committee: Committee }) {
  return null;
}
