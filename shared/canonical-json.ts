// Canonical JSON: object keys sorted by code unit, no white space, arrays in order. Two copies of
// the same data give the same text whatever order their fields were written in, so a hash of it
// identifies the content (the meeting file's and the response file's `hash`).

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('Canonical JSON holds only JSON values.');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
}

/** SHA-256 in hexadecimal of a text's UTF-8 bytes: supplied by the host (node:crypto), since shared code has no crypto of its own. */
export type Sha256 = (text: string) => string;

/** The hash of a file object: over its canonical JSON without the `hash` field itself. */
export function contentHash(file: object, sha256: Sha256): string {
  const content = Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'hash'));
  return sha256(canonicalJson(content));
}
