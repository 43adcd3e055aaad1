/** Search across every committee's minutes, from the top bar. */
export function SearchBox() {
  return null;
}
