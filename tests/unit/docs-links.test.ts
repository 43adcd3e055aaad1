// Under test: README.md and docs/**/*.md — every link leads to a file in this repository, so a
// fresh clone (offline, without the folders it was written beside) has every page it points to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pages = ['README.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];

/** Where each link of a page leads, or why it leads nowhere in the repository. */
function brokenLinks(page: string): string[] {
  const text = readFileSync(join(root, page), 'utf8');
  const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
  return targets.flatMap((target) => {
    if (target.startsWith('#')) return [];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [`${target}: leaves the repository`];
    const path = resolve(root, dirname(page), decodeURI(target.split('#')[0]!));
    if (path !== root && !path.startsWith(root + sep)) return [`${target}: outside the repository`];
    return existsSync(path) ? [] : [`${target}: no such file (${relative(root, path)})`];
  });
}

describe('links in the documentation', () => {
  it('finds the pages it checks', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', join('docs', 'architecture.md')]));
  });

  it.each(pages)('%s links only to files inside the repository', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
