// Retakes the README's screenshots from a freshly seeded preview: `npm run screenshots`.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const data = mkdtempSync(join(tmpdir(), 'proceedings-shots-'));
const seeded = await run('node', ['scripts/seed-demo.ts', data]);
const meetingId = seeded.match(/meeting (\S+)/)[1];
const chairmanData = mkdtempSync(join(tmpdir(), 'proceedings-shots-chairman-'));
const hosts = [];
const url = await startHost(data);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
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
  await page.getByRole('button', { name: 'Preview minutes' }).click();

  // The chairman's review, at a laptop's 1366 × 768: the secretary sends the draft, the chairman
  // opens it with nothing set up, comments and proposes wording, and the response comes back.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Send to the chairman…' }).click();
  await page.getByRole('dialog', { name: 'Send to the chairman' }).getByRole('textbox').fill('Draft minutes of 25 March for your comments, please.');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();
  await page.getByRole('dialog', { name: 'Send to the chairman' }).waitFor({ state: 'detached' });
  carry(join(data, 'exports'), '.proceedings-review', chairmanData);
  const chairmanUrl = await startHost(chairmanData);
  const chairman = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await chairman.goto(chairmanUrl);
  await chairman.getByRole('button', { name: 'Open review…' }).first().click();
  const heading = chairman.getByRole('complementary', { name: 'Comments and suggestions' }).getByRole('heading', { level: 2 }).first();
  for (let step = 0; step < 30 && !/priority one/i.test(await heading.textContent()); step++) await chairman.keyboard.press('Alt+ArrowDown');
  await chairman.keyboard.press('Control+Alt+m');
  await chairman.keyboard.type('Please name the Community Safety Team’s lead officer here.');
  await chairman.keyboard.press('Control+Enter');
  await chairman.keyboard.press('Control+Shift+E');
  const form = chairman.getByRole('form', { name: 'Propose new wording' });
  const passage = form.getByRole('combobox', { name: 'Passage to reword' });
  const resolution = await passage.locator('option').evaluateAll((options) => options.map((option) => option.textContent).find((text) => text.startsWith('Resolution 1')));
  await passage.selectOption({ label: resolution });
  const wording = form.getByRole('textbox', { name: 'New wording' });
  await wording.fill((await wording.inputValue()).replace('be noted', 'be received and noted'));
  await form.getByRole('textbox', { name: 'Why (optional)' }).fill('We received the report formally.');
  await chairman.screenshot({ path: 'docs/screenshots/chairman-proposal.png' });
  console.log('docs/screenshots/chairman-proposal.png');
  await wording.press('Control+Enter');
  await chairman.getByRole('status', { name: 'Save status' }).getByText('Saved', { exact: true }).waitFor();
  await chairman.screenshot({ path: 'docs/screenshots/chairman-review.png' });
  console.log('docs/screenshots/chairman-review.png');
  await chairman.getByRole('button', { name: 'Return with comments…' }).click();
  await chairman.getByRole('button', { name: /^Return with \d+ comments?$/ }).click();
  await chairman.getByRole('dialog').waitFor({ state: 'detached' });

  carry(join(chairmanData, 'inbox'), '.proceedings-response', data);
  await page.getByRole('button', { name: 'Import response…' }).click();
  await page.getByRole('region', { name: 'About the response' }).waitFor();
  await page.screenshot({ path: 'docs/screenshots/comments-back.png' });
  console.log('docs/screenshots/comments-back.png');
} finally {
  await browser.close();
  for (const host of hosts) host.kill();
  rmSync(data, { recursive: true, force: true });
  rmSync(chairmanData, { recursive: true, force: true });
}

/** A preview host on a data folder; resolves with its address. */
function startHost(folder) {
  const host = spawn('node', ['electron/preview-host.ts'], { env: { ...process.env, PROCEEDINGS_DATA_DIR: folder, PORT: '0' } });
  hosts.push(host);
  return new Promise((resolve, reject) => {
    host.stdout.on('data', (chunk) => {
      const found = String(chunk).match(/Proceedings preview: (\S+)/);
      if (found) resolve(found[1]);
    });
    host.on('exit', () => reject(new Error('The preview host stopped.')));
  });
}

/** The newest file of that kind in one folder, copied into the other side's inbox, as an email would carry it. */
function carry(folder, extension, toData) {
  const name = readdirSync(folder).filter((file) => file.endsWith(extension)).sort().at(-1);
  mkdirSync(join(toData, 'inbox'), { recursive: true });
  copyFileSync(join(folder, name), join(toData, 'inbox', name));
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed`))));
  });
}
