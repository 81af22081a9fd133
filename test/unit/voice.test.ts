import { expect } from '@open-wc/testing';
import type { HassConnection } from '../../src/ha/connection';
import { speech, spoken, transcribe } from '../../src/ha/voice';

type Message = { type: string; [key: string]: unknown };

/** The preferred pipeline as `assist_pipeline/pipeline/get` gives it. */
const PREFERRED = { id: 'p1', name: 'Home', stt_engine: 'stt.whisper', tts_engine: 'tts.piper' };

/** `assist_pipeline/run` as Home Assistant answers it: the run's events, one per task; the
 * preferred pipeline (none: Home Assistant's not_found). */
function pipeline(
  events: { type: string; data?: unknown }[],
  preferred: object | null = PREFERRED,
): HassConnection & { sent: Message[] } {
  const sent: Message[] = [];
  return {
    sent,
    sendMessagePromise: async (message: Message) => {
      sent.push(message);
      if (!preferred) throw { code: 'not_found', message: 'Pipeline not found' };
      return preferred;
    },
    async subscribeMessage<R>(callback: (r: R) => void, message: Message) {
      sent.push(message);
      void (async () => {
        for (const event of events) {
          await new Promise((r) => setTimeout(r, 1));
          callback(event as R);
        }
      })();
      return async () => undefined;
    },
  } as never;
}

describe('Read aloud through the Assist pipeline', () => {
  it('asks the preferred pipeline’s text-to-speech and gives the URL Home Assistant serves', async () => {
    const conn = pipeline([
      { type: 'run-start', data: { pipeline: 'p1', language: 'en' } },
      { type: 'tts-start', data: { engine: 'tts.piper', tts_input: 'Hello there.' } },
      {
        type: 'tts-end',
        data: {
          tts_output: { media_id: 'm', url: '/api/tts_proxy/abc.mp3', mime_type: 'audio/mpeg' },
        },
      },
      { type: 'run-end' },
    ]);
    expect(await speech(conn, 'Hello there.')).to.equal('/api/tts_proxy/abc.mp3');
    expect(conn.sent).to.deep.equal([
      { type: 'assist_pipeline/pipeline/get' },
      {
        type: 'assist_pipeline/run',
        start_stage: 'tts',
        end_stage: 'tts',
        input: { text: 'Hello there.' },
        pipeline: 'p1',
      },
    ]);
  });

  it('a pipeline without text-to-speech, or none at all, says what to set up; a failing one in Home Assistant’s words', async () => {
    // Read from the pipeline first: Home Assistant 2025.1 answers such a run with "Unknown error".
    const noTts = pipeline([], { ...PREFERRED, tts_engine: null });
    expect(((await speech(noTts, 'Hi').catch((e: Error) => e)) as Error).message).to.equal(
      'Your voice assistant has no text-to-speech: choose one for it in Settings → Voice assistants.',
    );
    expect(noTts.sent.map((m) => m.type)).to.deep.equal(['assist_pipeline/pipeline/get']);
    const none = pipeline([], null);
    expect(((await speech(none, 'Hi').catch((e: Error) => e)) as Error).message).to.equal(
      'No voice assistant is set up in Home Assistant: add one in Settings → Voice assistants.',
    );
    const failing = pipeline([
      { type: 'run-start' },
      {
        type: 'error',
        data: { code: 'tts-failed', message: 'Unexpected error during text-to-speech' },
      },
    ]);
    expect(((await speech(failing, 'Hi').catch((e: Error) => e)) as Error).message).to.equal(
      'Voice failed: Unexpected error during text-to-speech',
    );
  });

  it('reads the words of an answer, not its Markdown', () => {
    expect(
      spoken(
        '## Lights\n\n**Kitchen** is _on_. See [the docs](https://example.com).\n\n```yaml\nservice: x\n```\nDone `now`.',
      ),
    ).to.equal('Lights Kitchen is on. See the docs. Done now.');
  });
});

describe('Speak through the Assist pipeline', () => {
  /** A pipeline run as Home Assistant answers "Speak": run-start names the binary handler; the
   * audio comes as binary messages; then the speech-to-text's text. */
  function listening(text: string, handler = 7) {
    const frames: Uint8Array[] = [];
    const sent: Message[] = [];
    let emit: ((event: unknown) => void) | undefined;
    const conn = {
      socket: {
        send(data: Uint8Array) {
          frames.push(new Uint8Array(data));
          // The end of the audio: the speech-to-text answers.
          if (data.length === 1) {
            emit?.({ type: 'stt-end', data: { stt_output: { text } } });
            emit?.({ type: 'run-end' });
          }
        },
      },
      sendMessagePromise: async () => PREFERRED,
      async subscribeMessage(callback: (r: unknown) => void, message: Message) {
        sent.push(message);
        emit = callback;
        setTimeout(() => {
          callback({
            type: 'run-start',
            data: { runner_data: { stt_binary_handler_id: handler } },
          });
          callback({ type: 'stt-start', data: { engine: 'stt.whisper' } });
        }, 1);
        return async () => undefined;
      },
    };
    return { conn: conn as never as HassConnection, frames, sent };
  }

  it('records 16 kHz mono samples, sends them led by the handler id, ends with the id alone', async () => {
    const { conn, frames, sent } = listening('Turn on the kitchen lights');
    const done = new AbortController();
    const heard = transcribe(conn, done.signal);
    // Half a second of the fake microphone, then the user presses Speak again.
    await new Promise((r) => setTimeout(r, 500));
    done.abort();
    expect(await heard).to.equal('Turn on the kitchen lights');
    expect(sent).to.deep.equal([
      {
        type: 'assist_pipeline/run',
        start_stage: 'stt',
        end_stage: 'stt',
        input: { sample_rate: 16000 },
        pipeline: 'p1',
      },
    ]);
    const audio = frames.slice(0, -1);
    expect(audio.length).to.be.greaterThan(0);
    expect(audio.every((f) => f[0] === 7 && f.length % 2 === 1)).to.equal(true);
    // About 16,000 two-byte samples a second arrived.
    const samples = audio.reduce((n, f) => n + (f.length - 1) / 2, 0);
    expect(samples).to.be.within(4000, 12000);
    expect([...frames.at(-1)!]).to.deep.equal([7]);
  });

  it('Speak pressed again before the microphone opened: the audio ends at once', async () => {
    const { conn, frames } = listening('Hello');
    const done = new AbortController();
    const heard = transcribe(conn, done.signal);
    done.abort();
    expect(await heard).to.equal('Hello');
    expect([...frames.at(-1)!]).to.deep.equal([7]);
  });

  it('a pipeline without speech-to-text says so before the microphone is asked for', async () => {
    let subscribed = false;
    const conn = {
      socket: { send() {} },
      sendMessagePromise: async () => ({ ...PREFERRED, stt_engine: null }),
      async subscribeMessage() {
        subscribed = true;
        return async () => undefined;
      },
    } as never as HassConnection;
    const error = await transcribe(conn, new AbortController().signal).catch((e: Error) => e);
    expect((error as Error).message).to.equal(
      'Your voice assistant has no speech-to-text: choose one for it in Settings → Voice assistants.',
    );
    expect(subscribed).to.equal(false);
  });
});
