import { methodNames, type MethodName, type ProceedingsApi } from './api.ts';
import { ApiError, type Envelope } from './errors.ts';

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Builds `window.proceedings` over any transport (Electron IPC, the preview bridge, an in-process
 * table in tests). Failures arrive as envelopes so the error code survives the trip.
 */
export function createClient(transport: Transport): ProceedingsApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of methodNames) {
    client[name] = async (input: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value;
    };
  }
  return client as ProceedingsApi;
}
