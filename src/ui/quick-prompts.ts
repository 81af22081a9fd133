import { promptsOf } from '../chat/personas';
import type { HassConnection } from '../ha/connection';
import { errorMessage } from '../ha/connection';
import { scriptStream } from '../ha/script-stream';
import { renderTemplate } from '../ha/template';
import type { Settings } from '../schema/settings';
import { strings } from '../i18n';
import type { ChatSession, SessionState, Turn } from '../chat/session';
import type { ChatPersona } from './chat-persona';

const TEMPLATE = /\{[{%#]/;

/** What of the chat a quick prompt uses (the chat controller). */
export interface QuickPromptHost {
  readonly state: SessionState;
  readonly persona: ChatPersona;
  withTurn(act: (session: ChatSession, turn: Turn) => Promise<void>): void;
  send(text: string): void;
  fail(message: string): void;
}

/**
 * A quick prompt, picked behind "/" or tapped as a card's chip. A conversation not started yet
 * takes its persona. Its text is sent as the user's question, a Home Assistant template in it
 * rendered first; one that runs a script instead shows its label as the question and the
 * script's call as a row, under the rules of a model's calls (Approve where they ask for it).
 */
export function runQuickPrompt(
  chat: QuickPromptHost,
  conn: HassConnection,
  settings: Settings,
  id: string,
): void {
  const prompt = promptsOf(settings).find((p) => p.id === id);
  if (!prompt) return;
  if (!chat.state.messages.length && prompt.persona_id) chat.persona.choose(prompt.persona_id);
  const script = prompt.script;
  if (script) {
    chat.withTurn(async (session, turn) => {
      if (!turn.tools) return session.fail(strings.quickPrompts.notRun(prompt.label));
      const stream = scriptStream(script, prompt.label);
      await session.send(prompt.label, { ...turn, stream, uncounted: true });
    });
    return;
  }
  if (!TEMPLATE.test(prompt.text)) return chat.send(prompt.text);
  renderTemplate(conn, prompt.text).then(
    (text) => chat.send(text),
    (err: unknown) => chat.fail(strings.quickPrompts.templateFailed(errorMessage(err))),
  );
}
