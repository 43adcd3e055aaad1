import type { FilePurpose } from '../../../shared/files.ts';
import { api } from '../api.ts';

/**
 * The one way a screen reads or writes a file: the system's dialog asks which (the renderer never
 * names a path), then `call` gets the one-use grant for it. Null when the secretary cancelled;
 * a failure of the call is thrown for the screen to word.
 */
export async function withChosenFile<T>(
  choice: { purpose: FilePurpose; suggestedName?: string },
  call: (grantId: string) => Promise<T>,
): Promise<{ fileName: string; value: T } | null> {
  const chosen = await api.chooseFile({ purpose: choice.purpose, suggestedName: choice.suggestedName ?? '' });
  if ('cancelled' in chosen) return null;
  return { fileName: chosen.fileName, value: await call(chosen.grantId) };
}
