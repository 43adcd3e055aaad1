import type { Resolution } from '../../../shared/domain.ts';

/** "Resolution 2: that the update be noted", short enough for a select. */
export function resolutionChoiceLabel(resolution: Resolution, index: number): string {
  const text = resolution.text.trim().replace(/\s+/g, ' ');
  const lead = resolution.form === 'recommended' ? 'Recommendation' : 'Resolution';
  if (!text) return `${lead} ${index + 1}`;
  return `${lead} ${index + 1}: ${text.length > 48 ? `${text.slice(0, 47)}…` : text}`;
}
