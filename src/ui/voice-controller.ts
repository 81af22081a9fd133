import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HassConnection } from '../ha/connection';
import type { SessionState } from '../chat/session';
import { strings } from '../i18n';
import type { SpeechSource } from './composer';

/** What the voice needs from the chat it serves. */
export interface VoiceInputs {
  connection: () => HassConnection | undefined;
  /** The user's voice settings. */
  settings: () => { auto_read?: boolean; send_spoken?: boolean } | undefined;
  /** The message `id` of the conversation shown. */
  message: (id: string) => { content: string } | undefined;
}

/**
 * Speech in and out through the user's Assist pipeline, tied to an element's life: "Speak" (what
 * is said becomes text), "Read aloud" and "Stop reading" on answers, and reading each answer as it
 * completes where the user wants that. The voice's code loads when first used.
 */
export class VoiceController implements ReactiveController {
  /** Why reading aloud failed, shown until the next try. */
  problem: string | undefined;
  /** The answer being read aloud (or fetched to be), and its audio. */
  private reader: { id: string; audio?: HTMLAudioElement } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: VoiceInputs,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopReading();
  }

  /** "Speak": speech to text (absent without a connection). */
  get speech(): SpeechSource | undefined {
    return this.inputs.connection() ? this.speechSource : undefined;
  }

  private readonly speechSource: SpeechSource = ((voice: VoiceController) => ({
    listen: async (done: AbortSignal) => {
      const conn = voice.inputs.connection();
      if (!conn) return '';
      voice.stopReading();
      return (await import('../ha/voice')).transcribe(conn, done);
    },
    get sendSpoken() {
      return voice.inputs.settings()?.send_spoken === true;
    },
  }))(this);

  /** The answer being read aloud, if any. */
  get reading(): string | undefined {
    return this.reader?.id;
  }

  /** Reads an answer aloud in the voice of the user's Assist pipeline; Stop ends it. */
  async readAloud(id: string): Promise<void> {
    const conn = this.inputs.connection();
    const message = this.inputs.message(id);
    if (!conn || !message?.content) return;
    this.stopReading();
    const reader: { id: string; audio?: HTMLAudioElement } = { id };
    this.reader = reader;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const voice = await import('../ha/voice');
      const url = await voice.speech(conn, voice.spoken(message.content));
      if (this.reader !== reader) return;
      reader.audio = new Audio(url);
      reader.audio.addEventListener('ended', () => this.stopReading(reader));
      await reader.audio.play();
    } catch (err) {
      if (this.reader !== reader) return;
      this.reader = undefined;
      this.problem =
        err instanceof Error && err.name === 'VoiceError'
          ? err.message
          : strings.voice.failed(err instanceof Error ? err.message : String(err));
      this.host.requestUpdate();
    }
  }

  /** Stops reading aloud (`only`: if that reading is still the current one). */
  stopReading(only?: { id: string }): void {
    if (!this.reader || (only && this.reader !== only)) return;
    this.reader.audio?.pause();
    this.reader = undefined;
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** With "read each answer aloud" on: an answer that just completed is read. */
  follow(before: SessionState, after: SessionState): void {
    if (!this.inputs.settings()?.auto_read || !before.busy || after.busy) return;
    const last = after.messages.at(-1);
    if (last?.role === 'assistant' && last.status === 'complete' && last.content)
      void this.readAloud(last.id);
  }
}
