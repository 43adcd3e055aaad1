import { readFileSync } from 'node:fs';
import { openBackend } from '../../electron/backend.ts';
const history = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const waitMs = Number(process.argv[3] ?? 0);
const backend = openBackend(history.file);
if (waitMs) await new Promise((r) => setTimeout(r, waitMs));
const queries = ['refuge provision','knife crime','CCTV upgrade','Safer Streets bid','county lines','Ask for Angela','domestic homicide review','street drinking','e-scooter','Prevent duty','hate crime reporting','fly-tipping enforcement','youth justice plan','modern slavery','night-time economy', ...history.memberNames.slice(2,5).map((n: string) => n.split(' ').at(-1)), history.memberNames[7],'Superintendent','recorded vote','pecuniary interest','carried forward','correct record','recommendations be agreed','further report','Community Trigger','ward panel priorities','Strategic Assessment','figures by ward','voluntary sector', ...history.placeNames.slice(0,10)];
const typed: string[] = [];
for (const q of queries) for (let l = 3; l <= q.length; l++) typed.push(q.slice(0, l));
for (const q of typed) backend.dispatch('search', { query: q, limit: 20 });
const samples: [number, string][] = [];
for (const q of typed) { const s = performance.now(); backend.dispatch('search', { query: q, limit: 20 }); samples.push([performance.now() - s, q]); }
const sorted = samples.map(([t]) => t).sort((a, b) => a - b);
const status = backend.dispatch('getStoreStatus', {}) as { ok: boolean; value?: { fullCheck?: string } };
console.log('wait', waitMs, 'p50', sorted[Math.floor(sorted.length * 0.5)]!.toFixed(1), 'p95', sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1), 'n', sorted.length, 'fullCheck', JSON.stringify(status.value?.fullCheck ?? status));
console.log(samples.sort((a, b) => b[0] - a[0]).slice(0, 8).map(([t, q]) => `${t.toFixed(1)} ${q}`).join(' | '));
backend.close();
