import type { SentPart, WireMessage } from '../provider/chat';
import type { ChatMessage, MessageImage } from '../schema/conversation';
import { isOwnPicture } from '../guard/pictures';
import { wireFields } from '../guard/tool-calls';
import { prompts } from './prompts';

// A conversation as a provider is sent it: OpenAI's chat format, built from the stored messages
// of the branch shown, with the pictures this page still holds.

/** Text, then pictures: each the one sent at the time while this page holds it (`full`), else
 * the stored thumbnail, when it is picture data of our own (never an address a provider would
 * fetch: a stored or imported conversation is not trusted further). */
function withPictures(text: string, images: readonly MessageImage[], full?: readonly string[]) {
  const parts: SentPart[] = text ? [{ type: 'text', text }] : [];
  images.forEach((image, i) => {
    const url = full?.[i] ?? image.thumb;
    if (full?.[i] !== undefined || isOwnPicture(url))
      parts.push({ type: 'image_url', image_url: { url } });
  });
  return parts;
}

/** A stored message in the OpenAI format: an assistant's tool calls are followed by their
 * results; calls that never got one (stopped) are left out, as providers refuse them. Pictures a
 * call gave (a camera's) follow the results as a user message: most providers take no picture
 * in a tool message, and a user message after tool results is what they all accept. */
export function toWire(m: ChatMessage, pictures?: Pictures): WireMessage[] {
  if (m.role === 'user') {
    if (!m.images?.length) return [{ role: 'user', content: m.content }];
    return [{ role: 'user', content: withPictures(m.content, m.images, pictures?.get(m.id)) }];
  }
  // Calls a Home Assistant agent made itself are its own history, not a model's.
  const answered = (m.tool_calls ?? []).filter((c) => c.result !== undefined && !c.by_agent);
  if (!answered.length) return m.content ? [{ role: 'assistant', content: m.content }] : [];
  const calls = answered.map((c) => ({
    id: c.id,
    type: 'function',
    function: { name: c.name, arguments: c.arguments || '{}' },
    ...wireFields(c),
  }));
  const shown = answered.filter((c) => c.images?.length);
  return [
    { role: 'assistant', content: m.content || null, tool_calls: calls },
    ...answered.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: c.result! })),
    ...(shown.length
      ? [
          {
            role: 'user' as const,
            content: shown.flatMap((c) =>
              withPictures(
                prompts.toolPictures(c.entity_ids?.join(', ') || c.name),
                c.images!,
                pictures?.get(c.id),
              ),
            ),
          },
        ]
      : []),
  ];
}

/** The pictures sent with questions (by message id) and given by tool calls (by call id), as
 * sent: held by the page, never stored. */
export type Pictures = ReadonlyMap<string, readonly string[]>;

/** The messages sent for a turn: the system prompt, the last `contextMessages` messages before
 * the question, then the question and everything since (tool calls and their results). */
export function wireMessages(
  system: string,
  history: readonly ChatMessage[],
  contextMessages: number,
  pictures?: Pictures,
): WireMessage[] {
  const usable = history.filter(
    (m) => !m.deleted && (m.content || m.tool_calls?.length || m.images?.length),
  );
  let asked = usable.length - 1;
  while (asked > 0 && usable[asked]!.role !== 'user') asked--;
  const earlier =
    contextMessages > 0 && asked > 0 ? usable.slice(0, asked).slice(-contextMessages) : [];
  const wire: WireMessage[] = system ? [{ role: 'system', content: system }] : [];
  for (const m of [...earlier, ...usable.slice(Math.max(asked, 0))])
    wire.push(...toWire(m, pictures));
  return wire;
}

/** Asks for the rest of an answer that was cut off, after what it already said. */
export function continuation(answer: ChatMessage): WireMessage[] {
  return [
    ...(answer.content ? [{ role: 'assistant' as const, content: answer.content }] : []),
    { role: 'user', content: prompts.continue },
  ];
}
