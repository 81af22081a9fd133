import { personasOf, withPersona } from '../chat/personas';
import type { CardConfig } from '../schema/card-config';
import type { ChatMessage } from '../schema/conversation';
import type { Persona } from '../schema/personas';
import type { Settings } from '../schema/settings';

/**
 * A chat's persona: the one its conversation started with (kept on the first question), else,
 * for a conversation not started yet, the one picked for it (the panel's choice, a quick
 * prompt's), else the card's. Its prompt, model, tools and scope lie over the chat's config.
 */
export class ChatPersona {
  /** Picked for the conversation not started yet (null: none, whatever the card says). */
  private chosen: string | null | undefined;
  private memo:
    | {
        config: Partial<CardConfig>;
        settings: Settings | undefined;
        id: string | undefined;
        value: Partial<CardConfig>;
      }
    | undefined;

  constructor(private readonly changed: () => void) {}

  /** Another conversation is shown. */
  reset(): void {
    this.chosen = undefined;
  }

  choose(id: string | null): void {
    this.chosen = id;
    this.changed();
  }

  /** The persona id of a conversation with these messages, on a card set to `fallback`. */
  idFor(messages: readonly ChatMessage[], fallback: string | undefined): string | undefined {
    if (messages.length) return messages[0]!.persona ?? fallback;
    return this.chosen === undefined ? fallback : (this.chosen ?? undefined);
  }

  /** The persona itself (undefined: none, or one the user has since deleted). */
  of(
    settings: Settings | undefined,
    messages: readonly ChatMessage[],
    config: Partial<CardConfig>,
  ): Persona | undefined {
    const id = this.idFor(messages, config.persona_id);
    return id ? personasOf(settings).find((p) => p.id === id) : undefined;
  }

  /** What marks the question a conversation starts with. */
  mark(
    messages: readonly ChatMessage[],
    config: Partial<CardConfig>,
  ): { persona: string } | undefined {
    const id = messages.length ? undefined : this.idFor(messages, config.persona_id);
    return id ? { persona: id } : undefined;
  }

  /** The chat's config with its persona laid over it (the same object while nothing changed). */
  config(
    config: Partial<CardConfig>,
    settings: Settings | undefined,
    messages: readonly ChatMessage[],
  ): Partial<CardConfig> {
    const id = this.idFor(messages, config.persona_id);
    const m = this.memo;
    if (m && m.config === config && m.settings === settings && m.id === id) return m.value;
    const value = withPersona(config, this.of(settings, messages, config));
    this.memo = { config, settings, id, value };
    return value;
  }
}
