import { expect } from '@open-wc/testing';
import { LLM_URL } from '../helpers/llm';
import { type DiagnosisStep, diagnose } from '../../src/provider/diagnose';
import type { ProviderTarget } from '../../src/provider/http';

async function run(target: ProviderTarget, options: Parameters<typeof diagnose>[1] = {}) {
  const steps: DiagnosisStep[] = [];
  for await (const step of diagnose(target, { maxRetries: 0, ...options })) steps.push(step);
  return steps;
}

const statuses = (steps: DiagnosisStep[]) => steps.map((s) => `${s.id}:${s.status}`);
const failed = (steps: DiagnosisStep[]) => steps.find((s) => s.status === 'fail');

describe('test connection', () => {
  it('passes every step against a working provider, with a model it knows', async () => {
    const steps = await run(
      { baseUrl: `${LLM_URL}/litellm/key/sk-right/strict-models/v1`, apiKey: 'sk-right' },
      { model: 'scripted-model' },
    );
    expect(statuses(steps)).to.deep.equal([
      'address:ok',
      'reach:ok',
      'cors:ok',
      'key:ok',
      'models:ok',
      'completion:ok',
    ]);
    expect(steps.find((s) => s.id === 'models')!.detail).to.equal('3 models listed.');
  });

  it('a wrong key fails at the key, and the key is not repeated', async () => {
    const steps = await run(
      { baseUrl: `${LLM_URL}/key/sk-right/v1`, apiKey: 'sk-wrong-one-1234' },
      { model: 'scripted-model' },
    );
    expect(statuses(steps)).to.deep.equal([
      'address:ok',
      'reach:ok',
      'cors:ok',
      'key:fail',
      'models:skipped',
      'completion:skipped',
    ]);
    expect(failed(steps)!.detail).to.match(/refused the API key \(HTTP 401\)/);
    expect(failed(steps)!.fix).to.match(/Check the key/);
    expect(JSON.stringify(steps)).not.to.contain('sk-wrong-one-1234');
  });

  it('a base URL without /v1 fails at the model list, asking about /v1', async () => {
    const steps = await run({ baseUrl: LLM_URL }, { model: 'scripted-model' });
    expect(failed(steps)!.id).to.equal('models');
    expect(failed(steps)!.fix).to.equal(
      'Does the base URL end in /v1? Most OpenAI-compatible servers need it.',
    );
    expect(steps.at(-1)!.status).to.equal('skipped');
  });

  it('a server without CORS headers fails at CORS, with that server’s setting', async () => {
    const steps = await run({ baseUrl: `${LLM_URL}/lmstudio/v1`, dialect: 'lmstudio' });
    expect(statuses(steps).slice(0, 3)).to.deep.equal(['address:ok', 'reach:ok', 'cors:fail']);
    expect(failed(steps)!.detail).to.match(/does not allow calls from this page \(CORS\)/);
    expect(failed(steps)!.fix).to.match(/Enable CORS in LM Studio/);
  });

  it('an unreachable host fails at reach', async () => {
    const steps = await run({ baseUrl: 'http://127.0.0.1:9/v1' }, { model: 'm' });
    expect(statuses(steps)).to.deep.equal([
      'address:ok',
      'reach:fail',
      'cors:skipped',
      'key:skipped',
      'models:skipped',
      'completion:skipped',
    ]);
    expect(failed(steps)!.detail).to.equal('Cannot reach the provider at http://127.0.0.1:9/v1.');
  });

  it('an https page calling an http provider fails at the address (mixed content)', async () => {
    const steps = await run(
      { baseUrl: 'http://192.168.1.20:11434/v1' },
      { pageUrl: 'https://home.example.com/ai-chat' },
    );
    expect(failed(steps)!.id).to.equal('address');
    expect(failed(steps)!.fix).to.match(/Serve the provider over https/);
  });

  it('a model the provider does not know fails at the answer, naming it', async () => {
    const steps = await run({ baseUrl: `${LLM_URL}/strict-models/v1` }, { model: 'gpt-9' });
    expect(steps.find((s) => s.id === 'models')!.status).to.equal('warn');
    expect(failed(steps)!.id).to.equal('completion');
    expect(failed(steps)!.detail).to.match(/^The provider does not know the model “gpt-9”/);
    expect(failed(steps)!.detail).to.contain('does not exist or you do not have access to it');
  });

  it('LiteLLM’s words for an unknown model are read the same way', async () => {
    const steps = await run({ baseUrl: `${LLM_URL}/litellm/strict-models/v1` }, { model: 'gpt-9' });
    expect(failed(steps)!.id).to.equal('completion');
    expect(failed(steps)!.detail).to.match(/does not know the model “gpt-9”.*Invalid model name/);
  });

  it('a server without /models whose answers work only gets a warning', async () => {
    const steps = await run({ baseUrl: `${LLM_URL}/no-models/v1` }, { model: 'my-model' });
    expect(statuses(steps).slice(-2)).to.deep.equal(['models:warn', 'completion:ok']);
    expect(steps.find((s) => s.id === 'models')!.detail).to.equal(
      'This server has no model list: type model ids by hand.',
    );
  });

  it('without a model, the last step says what to do', async () => {
    const steps = await run({ baseUrl: `${LLM_URL}/v1` });
    expect(steps.at(-1)).to.deep.include({ id: 'completion', status: 'skipped' });
    expect(steps.at(-1)!.detail).to.match(/No model picked yet/);
  });
});
