// The whole local set-up, shared by `npm start` and the end-to-end suite: the scripted model, a
// real LiteLLM in front of it, and a real Home Assistant with the bundle registered the way HACS
// registers it, the panel in the sidebar, a demo owner, a dashboard with the card, and that
// owner's settings pointing at LiteLLM. Everything on loopback; stop() ends it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScriptedLlm } from '../../test/scripted-llm/server.mjs';
import { connect, onboard } from './auth.mjs';
import { BUNDLE_URL, HA_VERSION, freshConfigDir, startHomeAssistant } from './home-assistant.mjs';
import { LITELLM_MODELS, startLiteLLM } from './litellm.mjs';
import { freePort, reapLeftovers, waitFor } from './processes.mjs';

export const CARD_TYPE = 'custom:openai-compatible-conversation-card';
export const SETTINGS_KEY = 'openai_compatible_conversation';

/** The version-1 settings document pointing at LiteLLM (DESIGN.md). */
export function liteLLMSettings(litellmUrl, key) {
  return {
    version: 1,
    providers: [
      {
        id: 'litellm',
        name: 'LiteLLM',
        base_url: `${litellmUrl}/v1`,
        auth_mode: 'global',
        api_key: key,
        timeout_s: 30,
        models: Object.keys(LITELLM_MODELS).map((model_id) => ({ model_id })),
        model_cache: { fetched_at: new Date().toISOString(), ids: Object.keys(LITELLM_MODELS) },
      },
    ],
    defaults: { provider_id: 'litellm', model_id: 'scripted-model' },
  };
}

/** Adds the bundle as a dashboard resource (type module), as HACS does, unless it is there. */
export async function registerResource(conn, url = BUNDLE_URL) {
  const resources = await conn.sendMessagePromise({ type: 'lovelace/resources' });
  if (resources.some((r) => r.url.split('?')[0] === url)) return;
  await conn.sendMessagePromise({ type: 'lovelace/resources/create', res_type: 'module', url });
}

export const DASHBOARD_PATH = 'ai-demo';

/** A dashboard of its own in the sidebar ("AI demo"), holding `cards`. */
export async function saveDashboard(conn, cards) {
  const dashboards = await conn.sendMessagePromise({ type: 'lovelace/dashboards/list' });
  if (!dashboards.some((d) => d.url_path === DASHBOARD_PATH)) {
    await conn.sendMessagePromise({
      type: 'lovelace/dashboards/create',
      url_path: DASHBOARD_PATH,
      title: 'AI demo',
      icon: 'mdi:chat',
      mode: 'storage',
      show_in_sidebar: true,
      require_admin: false,
    });
  }
  await conn.sendMessagePromise({
    type: 'lovelace/config/save',
    url_path: DASHBOARD_PATH,
    config: { views: [{ title: 'Chat', path: 'chat', cards }] },
  });
}

/** 2026.9+: keeps the http: settings migrated from YAML (else they revert after 5 minutes and
 * the UI asks the user to confirm them). Older releases have no such command. */
export async function promoteHttpConfig(conn) {
  await conn.sendMessagePromise({ type: 'http/config/promote' }).catch((err) => {
    if (!['unknown_command', 'not_allowed'].includes(err?.code)) throw err;
  });
}

/**
 * Starts the whole stack (see startStackOnce). A service that dies or hangs while starting is
 * reported on stderr, with its log's end, and the stack is started once more: LiteLLM has exited
 * during start-up twice in many local runs, and one CI run failed at the first start, neither
 * reproducible since (twelve LiteLLM starts in a row here, all fine). A second failure stands.
 */
export async function startStack(options = {}) {
  try {
    return await startStackOnce(options);
  } catch (err) {
    if (!/while waiting for|timed out waiting for/.test(err?.message ?? '')) throw err;
    console.error(`The local stack did not start; trying once more. ${err.message}`);
    return startStackOnce(options);
  }
}

async function startStackOnce({
  haVersion = HA_VERSION,
  haPort,
  litellmPort,
  llmPort,
  configDir,
  dashboard = false,
  settings = false,
} = {}) {
  await reapLeftovers();
  const work = mkdtempSync(join(tmpdir(), 'oacc-stack-'));
  const ownConfig = !configDir;
  const dir = configDir ?? freshConfigDir();
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    if (ownConfig) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const llm = await startScriptedLlm({ port: llmPort ?? 0 });
    stops.push(() => llm.close());
    // Both start at once; whichever started is stopped if the other did not (a failed start
    // leaves nothing running).
    const started = await Promise.allSettled([
      startHomeAssistant({
        version: haVersion,
        port: haPort ?? (await freePort()),
        configDir: dir,
      }),
      startLiteLLM({ port: litellmPort ?? (await freePort()), llmUrl: llm.url, dir: work }),
    ]);
    const [ha, litellm] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    const stack = { ha, litellm };
    stops.push(
      async () => stack.ha?.stop(),
      async () => stack.litellm?.stop(),
    );
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const tokens = await onboard(ha.url);
    const conn = await connect(ha.url, tokens);
    stops.push(async () => conn.close());
    await promoteHttpConfig(conn);
    await registerResource(conn);
    if (dashboard) await saveDashboard(conn, [{ type: CARD_TYPE, title: 'Assistant' }]);
    if (settings) {
      const { value } = await conn.sendMessagePromise({
        type: 'frontend/get_user_data',
        key: SETTINGS_KEY,
      });
      if (!value) {
        await conn.sendMessagePromise({
          type: 'frontend/set_user_data',
          key: SETTINGS_KEY,
          value: liteLLMSettings(litellm.url, litellm.key),
        });
      }
    }
    return Object.assign(stack, {
      llm,
      owner: { username: 'demo', password: 'demo', tokens },
      conn,
      configDir: dir,
      stop,
      /** Stops LiteLLM and, after `whileDown`, starts it again on the same port. */
      async restartLiteLLM(whileDown = async () => undefined) {
        await stack.litellm.stop();
        await whileDown();
        stack.litellm = await startLiteLLM({
          port: Number(new URL(stack.litellm.url).port),
          llmUrl: llm.url,
          dir: work,
        });
      },
      /** Stops Home Assistant (as a restart does) and starts it again on the same port and
       * config; `whileDown` runs in between. Connections reconnect by themselves. */
      async restartHomeAssistant(whileDown = async () => undefined) {
        await stack.ha.stop();
        await whileDown();
        stack.ha = await startHomeAssistant({
          version: haVersion,
          port: Number(new URL(stack.ha.url).port),
          configDir: dir,
          restart: true,
        });
        await waitFor('the websocket to reconnect', () => conn.connected, { ms: 60_000 });
        // HTTP answers before every integration is set up; until then the frontend shows a
        // "starting" toast that stays, and the next test would meet it.
        await waitFor(
          'Home Assistant to finish starting',
          async () => (await conn.sendMessagePromise({ type: 'get_config' })).state === 'RUNNING',
          { ms: 120_000 },
        );
      },
    });
  } catch (err) {
    await stop();
    throw err;
  }
}
