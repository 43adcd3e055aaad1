// `npm test` after the build: the type check (`npm run typecheck`), lint (`npm run lint`) and every
// suite (`vitest run`) at once. The suites spend much of their time waiting for Chromium and timers,
// and the checks fill the cores meanwhile: one after the other they took a quarter as long again.
// The suites' output is shown as it comes; each check's is shown whole once it is done. Fails if
// any of the three does.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const onWindows = process.platform === 'win32';

function run(command, args, { quiet }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: onWindows });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${command} could not be started: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const checks = ['typecheck', 'lint'].map((script) =>
  run(npm, ['run', '--silent', script], { quiet: true }).then(({ code, output }) => {
    process.stdout.write(`\n${code === 0 ? '✓' : '✗'} npm run ${script}\n${output}`);
    return code;
  }),
);
const suites = run(npx, ['vitest', 'run'], { quiet: false }).then(({ code }) => code);
const codes = await Promise.all([...checks, suites]);
process.exitCode = codes.every((code) => code === 0) ? 0 : 1;
