#!/usr/bin/env -S node --experimental-websocket
// `npm start`: installs what is missing (once, under .cache/), builds the bundle and rebuilds it on
// change, and runs a real Home Assistant on 127.0.0.1:8123 (PORT overrides) with the card on a
// dashboard, the panel in the sidebar, demo entities and a real LiteLLM in front of the scripted
// model, set up in the demo user's settings. Ctrl-C stops everything; what a killed run left
// running is stopped at the next start. Its state (the demo user's settings and conversations)
// stays in the config folder (ha-config/, or HA_CONFIG_DIR) from one start to the next.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules } from './ensure.mjs';

// A fresh clone has no node_modules: install them before loading what needs them.
ensureNodeModules();
const { HA_VERSION, NEWEST_HA, REPO } = await import('../e2e/stack/home-assistant.mjs');
const { reapLeftovers, startProcess } = await import('../e2e/stack/processes.mjs');
const { startStack } = await import('../e2e/stack/stack.mjs');
const { exposeDemoHouse } = await import('../e2e/stack/house.mjs');

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', cwd: REPO });
  if (status !== 0) process.exit(status ?? 1);
};

const reaped = await reapLeftovers();
if (reaped.length) console.log(`Stopped what an earlier run left running: ${reaped.join(', ')}.`);
run('bash', ['scripts/install-stack.sh']);
run('npx', ['--no-install', 'rollup', '-c']);
const watch = startProcess(
  'rollup --watch',
  'npx',
  ['--no-install', 'rollup', '-c', '-w', '--no-watch.clearScreen'],
  { cwd: REPO },
);

// The newest release keeps its state beside ha-config/configuration.yaml; another release (the
// oldest we support, HA_VERSION=2025.1.0) gets a folder of its own under .cache/, because Home
// Assistant cannot read storage that a newer release wrote. HA_CONFIG_DIR names another.
let configDir = process.env.HA_CONFIG_DIR ?? join(REPO, 'ha-config');
if (process.env.HA_CONFIG_DIR || HA_VERSION !== NEWEST_HA) {
  configDir = process.env.HA_CONFIG_DIR ?? join(REPO, '.cache', `config-${HA_VERSION}`);
  mkdirSync(configDir, { recursive: true });
  copyFileSync(
    join(REPO, 'ha-config', 'configuration.yaml'),
    join(configDir, 'configuration.yaml'),
  );
}

const haPort = Number(process.env.PORT ?? 8123);
const stack = await startStack({
  haPort,
  litellmPort: Number(process.env.LITELLM_PORT ?? 4000),
  llmPort: Number(process.env.LLM_PORT ?? 4010),
  configDir,
  dashboard: true,
  settings: true,
});
await exposeDemoHouse(stack.conn);

console.log(`
  Home Assistant ${stack.ha.version}  ${stack.ha.url}   (log in as demo / demo)
  LiteLLM proxy            ${stack.litellm.url}   (key ${stack.litellm.key})
  scripted model           ${stack.llm.url}
  The card is on the "AI demo" dashboard (${stack.ha.url}/ai-demo/chat); the panel is "AI Chat"
  in the sidebar. Try "turn on the kitchen light" or "unlock the front door".
  The bundle is rebuilt when src/ changes: reload the page. Ctrl-C stops everything.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await Promise.all([stack.stop(), watch.stop()]);
  process.exit(0);
};
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
