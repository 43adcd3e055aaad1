import { z } from 'zod';

// Field schemas shared by the contract and the meeting file. Messages are written for the
// secretary: they reach the screen as they are.

// C0 controls other than tab, line feed and carriage return; DEL and C1 controls.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const id = z.string().min(1, 'An id is required.').max(64, 'That id is too long.');

export const singleLine = (label: string, max = 300) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .refine((text) => !/[\r\n]/.test(text), `${label} must be on one line.`)
    .refine((text) => !controlCharacters.test(text), `${label} contains a control character.`);

export const requiredLine = (label: string, max = 300) =>
  singleLine(label, max).refine((text) => text.trim() !== '', `${label} is required.`);

export const multiLine = (label: string, max = 100_000) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max.toLocaleString('en-GB')} characters).`)
    .refine((text) => !controlCharacters.test(text), `${label} contains a control character.`);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'That date does not exist.');

export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times are written HH:MM on the 24-hour clock.');
