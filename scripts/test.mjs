#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest, the end-to-end suite last against the
// newest Home Assistant. `npm run test:floor` (this script with --floor): the end-to-end suite
// alone, against the oldest release hacs.json claims. Each step's output goes straight through;
// the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ensureChromium, ensureNodeModules } from './ensure.mjs';

// A fresh clone has neither: the tests install them (the Home Assistant stack is installed by
// the end-to-end suite itself, as npm start does).
ensureNodeModules();
ensureChromium();

const floor = process.argv.includes('--floor');
const npx = (args) => ['npx', ['--no-install', ...args]];
const steps = floor
  ? []
  : [
      ['types', ...npx(['tsc', '--noEmit', '-p', '.'])],
      ['format', ...npx(['prettier', '--check', '.'])],
      ['build', ...npx(['rollup', '-c'])],
      ['scripted LLM server', 'node', ['test/scripted-llm/selfcheck.mjs']],
      ['unit and component tests (Chromium)', ...npx(['web-test-runner'])],
    ];
const env = { ...process.env };
if (floor) {
  env.HA_VERSION = JSON.parse(readFileSync('hacs.json', 'utf8')).homeassistant;
  steps.push(['build', ...npx(['rollup', '-c'])]);
}
const e2e = existsSync('e2e') ? readdirSync('e2e').filter((f) => f.endsWith('.test.mjs')) : [];
if (e2e.length && (floor || process.env.SKIP_E2E !== '1')) {
  steps.push([
    `end to end (Home Assistant ${env.HA_VERSION ?? 'newest'}, LiteLLM, Chromium)`,
    'node',
    [
      '--experimental-websocket',
      '--test',
      '--test-concurrency=1',
      // spec repeats every failure, with its error, at the end, where a truncated log still shows it
      '--test-reporter=spec',
      ...e2e.map((f) => `e2e/${f}`),
    ],
  ]);
}

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(
    `--- ${name}: ${status === 0 ? 'ok' : `failed (${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) process.exit(status ?? 1);
}
