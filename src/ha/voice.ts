import { type HassConnection, errorCode, errorMessage } from './connection';
import { strings } from '../i18n';

// Home Assistant's voice, through the user's preferred Assist pipeline: its text-to-speech stage
// turns an answer into audio Home Assistant serves (`assist_pipeline/run` from the tts stage to
// the tts stage; `tts-end` names the file). Errors say what to set up, in Home Assistant's words.

interface PipelineEvent {
  type: string;
  data?: {
    tts_output?: { url?: string };
    stt_output?: { text?: string };
    runner_data?: { stt_binary_handler_id?: number };
    code?: string;
    message?: string;
  };
}

/** A voice step that failed: what is wrong and how to fix it, for the user. */
export class VoiceError extends Error {
  override name = 'VoiceError';
}

/** "the pipeline does not support text-to-speech" (a validation error of the run). */
const NO_TTS = /does not support text-to-speech|tts-not-supported/i;
const NO_STT = /does not support speech-to-text|stt-provider-missing/i;

function voiceError(code: string | undefined, message: string | undefined): VoiceError {
  const said = message ?? code ?? '';
  const both = `${code ?? ''} ${said}`;
  if (NO_TTS.test(both)) return new VoiceError(strings.voice.noTts);
  if (NO_STT.test(both)) return new VoiceError(strings.voice.noStt);
  if (/stt-provider-unsupported-metadata|does not support input speech to text metadata/.test(both))
    return new VoiceError(strings.voice.sttRefused(said));
  if (/stt-no-text-recognized/.test(both)) return new VoiceError(strings.voice.nothingHeard);
  if (/pipeline-not-found|not found/i.test(said)) return new VoiceError(strings.voice.noPipeline);
  return new VoiceError(strings.voice.failed(said));
}

/** The user's preferred Assist pipeline, read first: what it lacks is said plainly (Home
 * Assistant 2025.1 answers a run it cannot do with "Unknown error"). */
async function preferredPipeline(conn: HassConnection) {
  try {
    return await conn.sendMessagePromise<{
      id: string;
      stt_engine?: string | null;
      tts_engine?: string | null;
    }>({ type: 'assist_pipeline/pipeline/get' });
  } catch (err) {
    const code = errorCode(err);
    throw code === 'not_found' || code === 'unknown_command'
      ? new VoiceError(strings.voice.noPipeline)
      : voiceError(code, errorMessage(err));
  }
}

/** The audio of `text` in the voice of the user's preferred pipeline: the URL Home Assistant
 * serves it at (on this page's origin). */
export async function speech(conn: HassConnection, text: string): Promise<string> {
  const pipeline = await preferredPipeline(conn);
  if (!pipeline.tts_engine) throw new VoiceError(strings.voice.noTts);
  let unsubscribe: (() => Promise<void>) | undefined;
  try {
    return await new Promise<string>((resolve, reject) => {
      conn
        .subscribeMessage<PipelineEvent>(
          (event) => {
            if (event.type === 'error') reject(voiceError(event.data?.code, event.data?.message));
            else if (event.type === 'tts-end') {
              const url = event.data?.tts_output?.url;
              if (url) resolve(url);
              else reject(voiceError(undefined, undefined));
            } else if (event.type === 'run-end') reject(voiceError(undefined, undefined));
          },
          {
            type: 'assist_pipeline/run',
            start_stage: 'tts',
            end_stage: 'tts',
            input: { text },
            pipeline: pipeline.id,
          },
        )
        .then(
          (stop) => (unsubscribe = stop),
          (err: unknown) => reject(voiceError(errorCode(err), errorMessage(err))),
        );
    });
  } finally {
    void unsubscribe?.().catch(() => undefined);
  }
}

/** An answer as it is read aloud: its Markdown marks, code blocks and link targets left out. A
 * few expressions rather than the Markdown parser: this only has to read well, not render. */
export function spoken(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[`*_#>|~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rate Home Assistant's voice dialog records at, and the pipeline's speech-to-text takes. */
const SAMPLE_RATE = 16_000;

/** Hands the microphone's samples to the page, one block of 128 at a time. */
const RECORDER = `registerProcessor('oacc-recorder', class extends AudioWorkletProcessor {
  process(inputs) { const c = inputs[0] && inputs[0][0]; if (c) this.port.postMessage(c.slice(0)); return true; }
});`;

/** Why the microphone could not be had, for the user. */
function microphoneError(err: unknown): VoiceError {
  const name = err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return new VoiceError(strings.voice.micRefused);
  if (name === 'NotFoundError') return new VoiceError(strings.voice.noMic);
  return new VoiceError(strings.voice.failed(err instanceof Error ? err.message : String(err)));
}

/**
 * What the user says, as text: recorded in the browser and turned into text by the speech-to-text
 * of the user's preferred Assist pipeline, the way Home Assistant's own voice dialog does it
 * (16 kHz mono 16-bit samples as binary websocket messages, each led by the run's handler id; a
 * message of the id alone ends the audio). The pipeline ends on silence; `done` ends it sooner.
 */
export async function transcribe(conn: HassConnection, done: AbortSignal): Promise<string> {
  // Browsers give the microphone to secure pages only (https, or this machine).
  if (!globalThis.isSecureContext || !navigator.mediaDevices?.getUserMedia)
    throw new VoiceError(strings.voice.insecure);
  const socket = (conn as { socket?: { send(data: ArrayBufferLike | Uint8Array): void } }).socket;
  if (!socket) throw new VoiceError(strings.voice.failed('no websocket'));
  const pipeline = await preferredPipeline(conn);
  if (!pipeline.stt_engine) throw new VoiceError(strings.voice.noStt);
  const stream = await navigator.mediaDevices
    .getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } })
    .catch((err: unknown) => {
      throw microphoneError(err);
    });
  const context = new AudioContext({ sampleRate: SAMPLE_RATE });
  let unsubscribe: (() => Promise<void>) | undefined;
  let handler: number | undefined;
  let ended = false;
  const pending: Float32Array[] = [];
  const send = (samples: Float32Array) => {
    const frame = new Uint8Array(1 + samples.length * 2);
    const view = new DataView(frame.buffer);
    frame[0] = handler!;
    samples.forEach((v, i) =>
      view.setInt16(1 + i * 2, Math.max(-1, Math.min(1, v)) * 0x7fff, true),
    );
    socket.send(frame);
  };
  const end = () => {
    if (ended) return;
    ended = true;
    for (const track of stream.getTracks()) track.stop();
    if (handler !== undefined) socket.send(new Uint8Array([handler]));
  };
  try {
    const module = URL.createObjectURL(new Blob([RECORDER], { type: 'text/javascript' }));
    await context.audioWorklet.addModule(module);
    URL.revokeObjectURL(module);
    const recorder = new AudioWorkletNode(context, 'oacc-recorder');
    recorder.port.onmessage = (e: MessageEvent<Float32Array>) => {
      if (ended) return;
      if (handler === undefined) pending.push(e.data);
      else send(e.data);
    };
    context.createMediaStreamSource(stream).connect(recorder);
    return await new Promise<string>((resolve, reject) => {
      // Pressed again while the microphone was being opened: the audio ends as soon as it starts.
      if (done.aborted) end();
      else done.addEventListener('abort', end, { once: true });
      conn
        .subscribeMessage<PipelineEvent>(
          (event) => {
            const data = event.data ?? {};
            if (event.type === 'run-start') {
              handler = data.runner_data?.stt_binary_handler_id;
              for (const samples of pending.splice(0)) send(samples);
              if (ended && handler !== undefined) socket.send(new Uint8Array([handler]));
            } else if (event.type === 'stt-vad-end') end();
            else if (event.type === 'stt-end') resolve(data.stt_output?.text ?? '');
            else if (event.type === 'error') reject(voiceError(data.code, data.message));
            else if (event.type === 'run-end')
              reject(voiceError('stt-no-text-recognized', undefined));
          },
          {
            type: 'assist_pipeline/run',
            start_stage: 'stt',
            end_stage: 'stt',
            input: { sample_rate: SAMPLE_RATE },
            pipeline: pipeline.id,
          },
        )
        .then(
          (stop) => (unsubscribe = stop),
          (err: unknown) => reject(voiceError(errorCode(err), errorMessage(err))),
        );
    });
  } finally {
    end();
    void context.close().catch(() => undefined);
    void unsubscribe?.().catch(() => undefined);
  }
}
