// The text of the messages the scripted model reads, and the pieces it streams.

/** Splits text into stream pieces of a few characters, as tokenizers do. */
export function piecesOf(text) {
  return text.match(/\s*\S{1,6}|\s+/g) ?? [];
}

/** A message's text: its content as a string, or its text parts joined. */
export const textOf = (content) =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((p) => p?.text ?? '').join('')
      : '';
