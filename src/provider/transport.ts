/**
 * A streaming answer read off the page's main thread. A fast provider's stream reaches the
 * browser in thousands of small reads (about 4,500 for 10,000 chunks at 2,000 a second, each
 * costing the reading thread about 0.1 ms): a worker reads them and hands the page one batch of
 * bytes per frame instead. The page sees an ordinary `Response`, so everything after the fetch
 * is as it was. Where no worker can start (a policy without `blob:` workers, no `Worker` at all)
 * the page fetches itself.
 *
 * Written by hand: the worker is a few lines of fetch and postMessage, built from this
 * function's own text so that it needs no file of its own beside the bundle (HACS serves what
 * the release holds, and a page open across an upgrade must not load a newer worker).
 */

/** What the worker is told and tells. */
type Request = { id: number; url: string; init: RequestInit } | { abort: number };
type Reply =
  | { ready: true }
  | { id: number; head: { status: number; statusText: string; headers: [string, string][] } }
  | { id: number; body: Uint8Array }
  | { id: number; end: true }
  | { id: number; error: { name: string; message: string } };

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}

/** The worker: fetches, posts the head, then the body's bytes at most once per frame. Must use
 * nothing from outside itself (it runs from its text). */
function transportWorker(scope: WorkerScope): void {
  const FRAME_MS = 16;
  const running = new Map<number, AbortController>();
  scope.onmessage = async ({ data }) => {
    if ('abort' in data) {
      running.get(data.abort)?.abort();
      return;
    }
    const { id } = data;
    const controller = new AbortController();
    running.set(id, controller);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let batch: Uint8Array[] = [];
    let posted = 0;
    const flush = () => {
      timer = undefined;
      if (!batch.length) return;
      const bytes = new Uint8Array(batch.reduce((n, b) => n + b.length, 0));
      let at = 0;
      for (const b of batch) {
        bytes.set(b, at);
        at += b.length;
      }
      batch = [];
      posted = performance.now();
      scope.postMessage({ id, body: bytes }, [bytes.buffer]);
    };
    try {
      const response = await fetch(data.url, { ...data.init, signal: controller.signal });
      scope.postMessage({
        id,
        head: {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
        },
      });
      const reader = response.body?.getReader();
      for (;;) {
        const read = await reader?.read();
        if (!read || read.done) break;
        batch.push(read.value);
        if (timer !== undefined) continue;
        const wait = posted + FRAME_MS - performance.now();
        if (wait <= 0) flush();
        else timer = setTimeout(flush, wait);
      }
      clearTimeout(timer);
      flush();
      scope.postMessage({ id, end: true });
    } catch (err) {
      clearTimeout(timer);
      flush();
      const { name, message } = err instanceof Error ? err : new Error(String(err));
      scope.postMessage({ id, error: { name, message } });
    } finally {
      running.delete(id);
    }
  };
  scope.postMessage({ ready: true });
}

type Handler = (reply: Reply) => void;

interface Transport {
  worker: Worker;
  handlers: Map<number, Handler>;
  next: number;
}

let started: Promise<Transport | undefined> | undefined;

/** The page's one transport worker, started on first use; undefined where none can start. */
function transport(): Promise<Transport | undefined> {
  started ??= new Promise((resolve) => {
    if (typeof Worker !== 'function' || typeof URL.createObjectURL !== 'function')
      return resolve(undefined);
    let url = '';
    let worker: Worker;
    try {
      url = URL.createObjectURL(
        new Blob([`(${transportWorker.toString()})(self)`], { type: 'text/javascript' }),
      );
      worker = new Worker(url);
    } catch {
      URL.revokeObjectURL(url);
      return resolve(undefined);
    }
    const handlers = new Map<number, Handler>();
    const settle = (value: Transport | undefined) => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      resolve(value);
      if (!value) worker.terminate();
    };
    // A policy that forbids the worker fails it without a word; do not wait for it long.
    const timer = setTimeout(() => settle(undefined), 3000);
    worker.addEventListener('error', () => settle(undefined), { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
      if ('ready' in data) settle({ worker, handlers, next: 1 });
      else handlers.get(data.id)?.(data);
    });
  });
  return started;
}

function failure({ name, message }: { name: string; message: string }): Error {
  // The caller tells a refused or unreachable request by its TypeError, as fetch throws it.
  if (name === 'TypeError') return new TypeError(message);
  return new DOMException(message, name);
}

/**
 * `fetch` for a streaming request, its body read in the transport worker. `init` must be what a
 * worker can be sent: headers as a plain record or pairs, a string body.
 */
export async function fetchStreaming(
  url: string,
  init: RequestInit & { headers: [string, string][]; body: string },
): Promise<Response> {
  const { signal, ...rest } = init;
  const t = await transport();
  if (!t) return fetch(url, init);
  signal?.throwIfAborted();
  const id = t.next++;
  return new Promise<Response>((resolve, reject) => {
    let body: ReadableStreamDefaultController<Uint8Array> | undefined;
    const finish = () => {
      t.handlers.delete(id);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      t.worker.postMessage({ abort: id } satisfies Request);
      finish();
      const reason: unknown = signal?.reason;
      if (body) body.error(reason);
      else reject(reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    t.handlers.set(id, (reply) => {
      if ('head' in reply) {
        const stream = new ReadableStream<Uint8Array>({
          start: (controller) => void (body = controller),
          cancel: () => {
            t.worker.postMessage({ abort: id } satisfies Request);
            finish();
          },
        });
        const { status, statusText, headers } = reply.head;
        // A body is not allowed with these statuses; none of them carries one anyway.
        const empty = status === 204 || status === 205 || status === 304;
        resolve(new Response(empty ? null : stream, { status, statusText, headers }));
      } else if ('body' in reply) body?.enqueue(reply.body);
      else if ('end' in reply) {
        finish();
        body?.close();
      } else if ('error' in reply) {
        finish();
        if (body) body.error(failure(reply.error));
        else reject(failure(reply.error));
      }
    });
    t.worker.postMessage({ id, url, init: rest } satisfies Request);
  });
}
