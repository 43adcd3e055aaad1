// Retakes the README's screenshots from a freshly seeded preview: `npm run screenshots`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const data = mkdtempSync(join(tmpdir(), 'proceedings-shots-'));
const seeded = await run('node', ['scripts/seed-demo.ts', data]);
const meetingId = seeded.match(/meeting (\S+)/)[1];
const host = spawn('node', ['electron/preview-host.ts'], { env: { ...process.env, PROCEEDINGS_DATA_DIR: data, PORT: '0' } });
const url = await new Promise((resolve, reject) => {
  host.stdout.on('data', (chunk) => {
    const found = String(chunk).match(/Proceedings preview: (\S+)/);
    if (found) resolve(found[1]);
  });
  host.on('exit', () => reject(new Error('The preview host stopped.')));
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}#/meetings/${meetingId}`);
  await page.getByRole('option', { name: /6a Priority One/ }).click();
  await page.getByRole('textbox', { name: 'Notes' }).waitFor();
  await page.screenshot({ path: 'docs/screenshots/live-form.png' });
  console.log('docs/screenshots/live-form.png');
  await page.getByRole('option', { name: /6b Priority Two/ }).click();
  await page.getByRole('button', { name: 'Preview minutes' }).click();
  await page.locator('[data-item-id]').filter({ hasText: 'Priority Two' }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/preview.png' });
  console.log('docs/screenshots/preview.png');
} finally {
  await browser.close();
  host.kill();
  rmSync(data, { recursive: true, force: true });
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed`))));
  });
}
