// A real Home Assistant on loopback, installed by scripts/install-stack.sh. Releases that need
// Python 3.14 run inside the Debian sid root, in a private mount namespace (unshare), so the
// config folder and the bundle are bind-mounted for this process only and vanish with it.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startProcess, waitFor } from './processes.mjs';

export const REPO = resolve(new URL('../..', import.meta.url).pathname);
export const NEWEST_HA = '2026.11.0';
/** The release started by npm start and tested by npm test: HA_VERSION, or the newest. */
export const HA_VERSION = process.env.HA_VERSION ?? NEWEST_HA;
export const BUNDLE_URL = '/local/openai-compatible-conversation/openai-compatible-conversation.js';

function installed(version) {
  const file = join(REPO, '.cache', `ha-${version}.env`);
  if (!existsSync(file))
    throw new Error(
      `Home Assistant ${version} is not installed: run scripts/install-stack.sh --ha-version ${version}`,
    );
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
}

/** A fresh config folder with the project's configuration.yaml. */
export function freshConfigDir() {
  const dir = mkdtempSync(join(tmpdir(), 'oacc-ha-'));
  copyFileSync(join(REPO, 'ha-config', 'configuration.yaml'), join(dir, 'configuration.yaml'));
  return dir;
}

/**
 * Starts Home Assistant `version` with `configDir` on 127.0.0.1:`port`, serving `dist/` at
 * BUNDLE_URL. `installRequirements` lets it pip-install what integrations need (the install
 * script's warm-up); otherwise it runs with --skip-pip. `restart` keeps the http: settings
 * stored (and promoted) at the first start: the same port, and nothing for an open page to confirm.
 */
export async function startHomeAssistant({
  version = HA_VERSION,
  port,
  configDir,
  installRequirements = false,
  restart = false,
}) {
  const { ROOT, HASS } = installed(version);
  const url = `http://127.0.0.1:${port}`;
  // From 2026.9 the http: YAML is migrated into .storage/http once and ignored after; dropping
  // the stored copy makes configuration.yaml (and so HA_PORT) count at every start. The stack
  // promotes the migrated config (see promoteHttpConfig) so it does not revert after 5 minutes.
  // A page left open across a restart would see the migrated config as pending when it reconnects
  // (before the stack's own connection can promote it) and cover itself with a dialog.
  if (!restart) rmSync(join(configDir, '.storage', 'http'), { force: true });
  // What configuration.yaml includes and Home Assistant's configuration API writes (onboarding
  // creates them on a usual install): the automations and scripts the chat's drafts are saved to.
  for (const [file, empty] of [
    ['automations.yaml', '[]\n'],
    ['scripts.yaml', '{}\n'],
  ])
    if (!existsSync(join(configDir, file))) writeFileSync(join(configDir, file), empty);
  const logFile = join(configDir, 'e2e-home-assistant.log');
  const skip = installRequirements ? [] : ['--skip-pip'];
  let proc;
  if (ROOT) {
    const inside = `/mnt/oacc-${port}`;
    const script = [
      'set -e',
      `mkdir -p "${ROOT}${inside}"`,
      `mount --bind "${configDir}" "${ROOT}${inside}"`,
      `mkdir -p "${ROOT}${inside}/www/openai-compatible-conversation"`,
      `mount --bind "${REPO}/dist" "${ROOT}${inside}/www/openai-compatible-conversation"`,
      `mount -t proc proc "${ROOT}/proc"`,
      `exec chroot "${ROOT}" /usr/bin/env -u PIP_FIND_LINKS PIP_CERT=/etc/host-ca-certificates.crt SSL_CERT_FILE=/etc/host-ca-certificates.crt HA_PORT=${port} ${HASS} -c ${inside} ${skip.join(' ')}`,
    ].join('\n');
    proc = startProcess(
      'Home Assistant',
      'unshare',
      ['--mount', '--propagation', 'private', '--', 'bash', '-c', script],
      { logFile },
    );
  } else {
    // The bundle bind-mounted as in the sid root: Home Assistant's /local does not follow a
    // symlink out of the config folder (2025.1 answers 404).
    const www = join(configDir, 'www', 'openai-compatible-conversation');
    mkdirSync(www, { recursive: true });
    const script = [
      'set -e',
      `mount --bind "${REPO}/dist" "${www}"`,
      `exec ${HASS} -c "${configDir}" ${skip.join(' ')}`,
    ].join('\n');
    proc = startProcess(
      'Home Assistant',
      'unshare',
      ['--mount', '--propagation', 'private', '--', 'bash', '-c', script],
      { logFile, env: { HA_PORT: String(port) } },
    );
  }
  // Home Assistant serves HTTP once its frontend (and so onboarding) is set up; onboarding's
  // views answer while it is not finished and 404 once it is (a config folder started before).
  await waitFor(
    `Home Assistant on ${url}`,
    async () => {
      const { status } = await fetch(`${url}/api/onboarding`);
      return status === 200 || status === 404;
    },
    { proc, ms: 240_000 },
  );
  return { url, version, configDir, logFile, proc, stop: () => proc.stop() };
}

export function removeConfigDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}
