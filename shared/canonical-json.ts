// Canonical JSON: object keys sorted by code unit, no white space, arrays in order. Two copies of
// the same data give the same text whatever order their fields were written in, so a hash of it
// identifies the content (the meeting file's and the response file's `hash`).

export function canonicalJson(value: unknown): string {
  // The engine's own JSON.stringify does the writing; the replacer only puts each object's keys in order.
  const text = JSON.stringify(value, (_key, field: unknown) => {
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(field).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) sorted[key] = (field as Record<string, unknown>)[key];
    return sorted;
  });
  if (text === undefined) throw new TypeError('Canonical JSON holds only JSON values.');
  return text;
}

/** SHA-256 in hexadecimal of a text's UTF-8 bytes: supplied by the host (node:crypto), since shared code has no crypto of its own. */
export type Sha256 = (text: string) => string;

/** The hash of a file object: over its canonical JSON without the `hash` field itself. */
export function contentHash(file: object, sha256: Sha256): string {
  const content = Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'hash'));
  return sha256(canonicalJson(content));
}
