import { createHash } from 'node:crypto';
import type { Sha256 } from '../shared/canonical-json.ts';

/** The SHA-256 that shared code is handed (it has no crypto of its own). */
export const sha256Hex: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
