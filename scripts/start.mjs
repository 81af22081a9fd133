#!/usr/bin/env -S node --experimental-websocket
// `npm start`: installs what is missing (once, under .cache/), builds the bundle and rebuilds it on
// change, and runs a real Home Assistant on 127.0.0.1:8123 (PORT overrides) with the card on a
// dashboard, the panel in the sidebar, demo entities and a real LiteLLM in front of the scripted
// model, set up in the demo user's settings. Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HA_VERSION, NEWEST_HA, REPO } from '../e2e/stack/home-assistant.mjs';
import { startProcess } from '../e2e/stack/processes.mjs';
import { startStack } from '../e2e/stack/stack.mjs';
import { exposeDemoHouse } from '../e2e/stack/house.mjs';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', cwd: REPO });
  if (status !== 0) process.exit(status ?? 1);
};

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
// Assistant cannot read storage that a newer release wrote.
let configDir = join(REPO, 'ha-config');
if (HA_VERSION !== NEWEST_HA) {
  configDir = join(REPO, '.cache', `config-${HA_VERSION}`);
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
