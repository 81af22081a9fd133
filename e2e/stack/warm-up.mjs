#!/usr/bin/env node
// Part of scripts/install-stack.sh: starts Home Assistant once with pip allowed, so that the
// requirements of every integration in ha-config/configuration.yaml are installed now and not at
// a later start (which runs with --skip-pip). Waits until Home Assistant reports RUNNING.
import { onboard } from './auth.mjs';
import { freshConfigDir, removeConfigDir, startHomeAssistant } from './home-assistant.mjs';
import { freePort, waitFor } from './processes.mjs';

const version = process.argv[2];
const configDir = freshConfigDir();
const started = Date.now();
const ha = await startHomeAssistant({
  version,
  port: await freePort(),
  configDir,
  installRequirements: true,
});
try {
  const tokens = await onboard(ha.url);
  await waitFor(
    'Home Assistant to finish starting',
    async () => {
      const config = await (
        await fetch(`${ha.url}/api/config`, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        })
      ).json();
      return config.state === 'RUNNING';
    },
    { ms: 600_000, proc: ha.proc },
  );
  console.log(
    `Home Assistant ${version} started once in ${((Date.now() - started) / 1000).toFixed(0)} s; requirements are installed.`,
  );
} finally {
  await ha.stop();
  removeConfigDir(configDir);
}
