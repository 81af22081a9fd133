// Speech for the Speak test: a command said by espeak-ng (Debian's speech synthesizer), as the
// WAV file Chromium's fake microphone plays, and a Wyoming speech-to-text service that hears it
// (speech-to-text.py: PocketSphinx), both installed by scripts/install-stack.sh.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { REPO } from './home-assistant.mjs';
import { startProcess, waitFor } from './processes.mjs';

/** Starts the Wyoming speech-to-text service on 127.0.0.1:`port`; its log goes to `dir`. */
export async function startSpeechToText({ port, dir }) {
  const proc = startProcess(
    'speech-to-text',
    join(REPO, '.cache', 'stt-venv', 'bin', 'python'),
    [join(REPO, 'e2e', 'stack', 'speech-to-text.py'), String(port)],
    { logFile: join(dir, 'speech-to-text.log') },
  );
  const listening = () =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      }).on('error', () => resolve(false));
    });
  await waitFor(`speech-to-text on port ${port}`, listening, { proc, ms: 60_000 });
  return { host: '127.0.0.1', port, stop: () => proc.stop() };
}

/**
 * `text` said by espeak-ng (US English), as a 16-bit mono WAV file at `file` with silence
 * around it: `before` seconds, and `after` seconds for a voice assistant to notice the end.
 */
export function say(text, file, { before = 0.5, after = 3 } = {}) {
  const spoken = `${file}.spoken.wav`;
  const { status, stderr } = spawnSync('espeak-ng', [
    '-v',
    'en-us',
    '-s',
    '150',
    '-w',
    spoken,
    text,
  ]);
  if (status !== 0) throw new Error(`espeak-ng failed: ${stderr}`);
  const wav = readFileSync(spoken);
  rmSync(spoken, { force: true });
  // espeak-ng writes a plain 44-byte header: PCM, mono, 16-bit, its own rate (22050 Hz).
  const rate = wav.readUInt32LE(24);
  const samples = wav.subarray(44);
  const pad = (seconds) => Buffer.alloc(Math.round(seconds * rate) * 2);
  const data = Buffer.concat([pad(before), samples, pad(after)]);
  const header = Buffer.from(wav.subarray(0, 44));
  header.writeUInt32LE(36 + data.length, 4);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}
