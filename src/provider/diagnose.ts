import { chatBody } from './chat';
import { ProviderError, hintOf } from './errors';
import {
  type ClientOptions,
  type ProviderTarget,
  Watchdog,
  headersFor,
  isMixedContent,
  requestContext,
  send,
} from './http';
import { listModels } from './models';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

export type DiagnosisStepId = 'address' | 'reach' | 'cors' | 'key' | 'models' | 'completion';

export interface DiagnosisStep {
  id: DiagnosisStepId;
  status: 'ok' | 'fail' | 'warn' | 'skipped';
  title: string;
  detail: string;
  /** What to change, at the step that failed. */
  fix?: string | undefined;
}

export const DIAGNOSIS_STEPS: readonly DiagnosisStepId[] = [
  'address',
  'reach',
  'cors',
  'key',
  'models',
  'completion',
];

const t = strings.diagnose;

/** The provider's words, when it said something, after our sentence. */
const said = (err: ProviderError) =>
  err.providerMessage ? ` ${strings.err.provider_says(err.providerMessage)}` : '';

/**
 * "Test connection": checks a provider the way the chat will use it, one step at a time — the
 * address (mixed content), whether the host answers at all, whether it lets this page in (CORS),
 * the key, `GET /models`, and a one-token completion with `model` — and names the fix at the
 * step that fails; the steps after it are skipped. A provider without `/models` (404) whose
 * completion works only gets a warning: model ids are then typed by hand.
 */
export async function* diagnose(
  target: ProviderTarget,
  options: ClientOptions & { model?: string | undefined } = {},
): AsyncGenerator<DiagnosisStep, void, undefined> {
  const steps = [...DIAGNOSIS_STEPS];
  const step = (
    id: DiagnosisStepId,
    status: DiagnosisStep['status'],
    detail: string,
    fix?: string,
  ): DiagnosisStep => {
    steps.splice(steps.indexOf(id), 1);
    return { id, status, title: t.titles[id], detail, ...(fix ? { fix } : {}) };
  };
  const skipRest = function* () {
    for (const id of [...steps]) yield step(id, 'skipped', t.skipped);
  };

  // 1. The address.
  let url: URL;
  try {
    url = new URL(target.baseUrl);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError('protocol');
  } catch {
    yield step('address', 'fail', t.badUrl(target.baseUrl), t.badUrlFix);
    return yield* skipRest();
  }
  const ctx = requestContext(target, '/models', options);
  if (isMixedContent(ctx.url, ctx.pageUrl)) {
    yield step(
      'address',
      'fail',
      strings.err.mixed_content(target.baseUrl),
      strings.err.mixed_content_fix,
    );
    return yield* skipRest();
  }
  yield step('address', 'ok', t.addressOk(url.host));

  // 2. Does anything answer there? A no-cors request needs no permission from the server.
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), Math.min(ctx.timeoutS, 10) * 1000);
  const onAbort = () => probe.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await doFetch(ctx.url, { mode: 'no-cors', credentials: 'omit', signal: probe.signal });
    yield step('reach', 'ok', t.reachOk(url.host));
  } catch {
    if (options.signal?.aborted) return;
    yield step('reach', 'fail', strings.err.network(target.baseUrl), strings.err.network_fix);
    return yield* skipRest();
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  // 3–5. The model list, with the key: CORS, the key and the path fail here first.
  let listMissing: ProviderError | undefined;
  try {
    const models = await listModels(target, options);
    yield step('cors', 'ok', t.corsOk);
    yield step('key', 'ok', target.apiKey ? t.keyOk : t.noKeyOk);
    if (options.model && models.length && !models.some((m) => m.id === options.model))
      yield step(
        'models',
        'warn',
        t.modelNotListed(models.length, options.model),
        t.modelNotListedFix,
      );
    else yield step('models', 'ok', t.modelsOk(models.length));
  } catch (err) {
    const e = err instanceof ProviderError ? err : new ProviderError('network');
    if (e.type === 'aborted') return;
    if (e.type === 'cors') {
      yield step(
        'cors',
        'fail',
        strings.err.cors(target.baseUrl),
        hintOf('cors', { hint: ctx.dialect.corsFix }),
      );
      return yield* skipRest();
    }
    if (e.type === 'network' || e.type === 'private_network' || e.type === 'mixed_content') {
      yield step('cors', 'fail', `${e.message}`, e.hint);
      return yield* skipRest();
    }
    yield step('cors', 'ok', t.corsOk);
    if (e.type === 'auth') {
      yield step('key', 'fail', `${e.message}${said(e)}`, e.hint);
      return yield* skipRest();
    }
    yield step('key', 'ok', target.apiKey ? t.keyOk : t.noKeyOk);
    if (e.type !== 'not_found') {
      yield step('models', 'fail', `${e.message}${said(e)}`, e.hint);
      return yield* skipRest();
    }
    listMissing = e; // decided after the completion: a wrong path, or no list at all
  }

  // 6. One token from the model.
  if (!options.model) {
    if (listMissing) {
      yield step('models', 'fail', `${listMissing.message}${said(listMissing)}`, t.v1Fix);
      return yield* skipRest();
    }
    yield step('completion', 'skipped', t.noModel);
    return;
  }
  const chat = requestContext(target, '/chat/completions', options);
  const watchdog = new Watchdog(chat.timeoutS * 1000, options.signal);
  try {
    const body = chatBody(
      chat,
      {
        model: options.model,
        messages: [{ role: 'user', content: 'Reply with OK.' }],
        maxTokens: 1,
      },
      false,
    );
    const response = await send(
      chat,
      {
        method: 'POST',
        headers: headersFor(chat.dialect, target.apiKey, true),
        body: JSON.stringify(body),
      },
      watchdog,
    );
    await response.text();
    if (listMissing) yield step('models', 'warn', t.noModelList, t.noModelListFix);
    yield step('completion', 'ok', t.completionOk(options.model));
  } catch (err) {
    const e =
      watchdog.classifyAbort(chat.timeoutS, options.signal) ??
      (err instanceof ProviderError ? err : new ProviderError('network'));
    if (e.type === 'aborted') return;
    if (listMissing) {
      yield step('models', 'fail', `${listMissing.message}${said(listMissing)}`, t.v1Fix);
      return yield* skipRest();
    }
    const unknownModel =
      e.type === 'not_found' ||
      (e.type === 'bad_request' && /model/i.test(`${e.providerMessage ?? ''} ${e.code ?? ''}`));
    yield step(
      'completion',
      'fail',
      unknownModel ? `${t.unknownModel(options.model)}${said(e)}` : `${e.message}${said(e)}`,
      unknownModel ? t.unknownModelFix : e.hint,
    );
  } finally {
    watchdog.dispose();
  }
}
