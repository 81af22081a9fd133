// A real LiteLLM proxy (from PyPI, installed by scripts/install-stack.sh) in front of the
// scripted model. Model names route to scripted-server prefixes, so a scenario is a model name.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './home-assistant.mjs';
import { startProcess, waitFor } from './processes.mjs';

export const LITELLM_MASTER_KEY = 'sk-demo-litellm-master-key';

/** Model name → scripted server prefix (before /v1). */
export const LITELLM_MODELS = {
  'scripted-model': '',
  'scripted-slow': '/chunk-delay-60',
  'scripted-broken': '/fail/500',
};

export async function startLiteLLM({ port, llmUrl, dir }) {
  const config = join(dir, 'litellm.yaml');
  const models = Object.entries(LITELLM_MODELS)
    .map(
      ([name, prefix]) => `  - model_name: ${name}
    litellm_params:
      model: openai/scripted-model
      api_base: ${llmUrl}${prefix}/v1
      api_key: not-needed
      num_retries: 0
    # What LiteLLM's /model/info tells of it (and of every name routed to it).
    model_info:
      max_input_tokens: 100000
      supports_vision: true`,
    )
    .join('\n');
  writeFileSync(
    config,
    `model_list:
${models}
litellm_settings:
  drop_params: true
  telemetry: false
general_settings:
  master_key: ${LITELLM_MASTER_KEY}
`,
  );
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess(
    'LiteLLM',
    join(REPO, '.cache', 'litellm-venv', 'bin', 'litellm'),
    ['--config', config, '--host', '127.0.0.1', '--port', String(port), '--num_workers', '1'],
    {
      logFile: join(dir, 'litellm.log'),
      env: {
        LITELLM_TELEMETRY: 'False',
        LITELLM_LOG: 'ERROR',
        DISABLE_SCHEMA_UPDATE: 'true',
        NO_DOCS: 'True',
        // The cost map bundled with LiteLLM, not one fetched from the internet (unreachable here):
        // the warning a failed fetch logs went through a module import that deadlocked now and
        // then ("deadlock detected by _ModuleLock('litellm.rust_bridge.catalog')"), and LiteLLM
        // exited while starting.
        LITELLM_LOCAL_MODEL_COST_MAP: 'True',
      },
    },
  );
  await waitFor(`LiteLLM on ${url}`, async () => (await fetch(`${url}/health/liveliness`)).ok, {
    proc,
    ms: 180_000,
  });
  return { url, key: LITELLM_MASTER_KEY, proc, stop: () => proc.stop() };
}
