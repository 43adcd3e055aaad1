// `npm test`'s first step: the type check (`npm run typecheck`) and lint (`npm run lint`) side by
// side, each in its own process on its own core, with their output shown whole, one after the
// other, once both are done. Fails if either does. One after the other they took half as long again.
import { spawn } from 'node:child_process';

const checks = ['typecheck', 'lint'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = await Promise.all(
  checks.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ script, code, output }));
      }),
  ),
);
for (const { script, code, output } of results) {
  process.stdout.write(`${code === 0 ? '✓' : '✗'} npm run ${script}\n${output}`);
}
process.exitCode = results.every(({ code }) => code === 0) ? 0 : 1;
