// Under test: renderer/src/saving/save-queue.ts. Threat (issue 9, failure 1): someone who types
// without a half-second pause never has anything saved, so a crash loses everything typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from '../../renderer/src/saving/save-queue.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the save queue bounds how long an edit waits', () => {
  it('sends a field at least every half second while keys keep coming every 40 ms', async () => {
    const queue = createSaveQueue();
    const sent: { at: number; text: string }[] = [];
    const typedAt: number[] = [];
    const started = Date.now();
    let text = '';
    // 67 characters over about 2.7 s: no pause anywhere near the debounce.
    for (let key = 0; key < 67; key++) {
      text += 'x';
      typedAt.push(Date.now() - started);
      const value = text;
      queue.schedule('notes:item', async () => void sent.push({ at: Date.now() - started, text: value }));
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.at(-1)!.text).toBe(text);
    // Every character reached a save within half a second of being typed.
    const waits = typedAt.map((at, index) => sent.find((save) => save.text.length > index)!.at - at);
    expect(Math.max(...waits)).toBeLessThanOrEqual(500);
    expect(sent.length).toBeGreaterThanOrEqual(5);
  });

  it('still waits for a pause when one comes sooner than the maximum wait', async () => {
    const queue = createSaveQueue({ debounceMs: 200, maxWaitMs: 500 });
    const sent: string[] = [];
    queue.schedule('title', async () => void sent.push('first'));
    await vi.advanceTimersByTimeAsync(100);
    queue.schedule('title', async () => void sent.push('second'));
    await vi.advanceTimersByTimeAsync(199);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['second']);
  });

  it('by default sends the first unsaved change within 0.4 s, leaving room for the trip to the file', async () => {
    const queue = createSaveQueue();
    const sent: number[] = [];
    const started = Date.now();
    queue.schedule('title', async () => void sent.push(Date.now() - started));
    await vi.advanceTimersByTimeAsync(200);
    queue.schedule('title', async () => void sent.push(Date.now() - started));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([400]);
  });
});
