// How much of anything from outside the card takes in. Each limit has a message that says what
// happened and what to do (i18n), and none is hit by ordinary use: a long answer is tens of
// kilobytes, a conversation a few hundred.

export const LIMITS = {
  /** An answer's text, and separately its reasoning: past this the stream is stopped and the
   * answer kept, marked as cut (a model writing without end, or a provider sending megabytes). */
  answerChars: 262_144,
  reasoningChars: 262_144,
  /** One tool call's arguments as the model wrote them. */
  toolArgumentsChars: 16_384,
  /** What one tool call gives back to the model (and keeps in the conversation). */
  toolResultChars: 32_768,
  /** Tool calls one answer may make, over all its rounds. */
  toolCallsPerAnswer: 24,
  /** Calls one response of the model may ask for at once (more are not even kept). */
  toolCallsPerResponse: 16,
  /** A provider's error body read for its words. */
  errorBodyChars: 16_384,
  /** What a stream may send without finishing one event (or a whole answer as one JSON body). */
  unendedEventChars: 4_194_304,
  /** One document written to Home Assistant user data. Home Assistant closes the websocket on a
   * message over 4 MiB, and a closed socket would send it again on every reconnect. */
  documentBytes: 3_000_000,
  /** Files the user imports. */
  settingsFileBytes: 1_048_576,
  conversationsFileBytes: 20_971_520,
  /** Ids from a file (they become parts of user-data keys). */
  idChars: 80,
  /** The open end of a streaming answer shown as plain text once it is this long and inside a
   * code block that has not closed (parsing and sanitizing it again 20 times a second would
   * cost more than it shows). */
  plainTailChars: 16_384,
  /** Any open end this long is shown as plain text. */
  plainTailAnyChars: 65_536,
} as const;

/** Bytes of a value as Home Assistant receives it (JSON, UTF-8). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  // Counting UTF-8 without encoding: ASCII is most of it.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** `text` cut to `max` characters (not inside a surrogate pair), and whether it was. */
export function clip(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: text.slice(0, end), clipped: true };
}
