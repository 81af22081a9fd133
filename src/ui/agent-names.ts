import { HA_PROVIDER_ID, homeAgents } from '../ha/agents';
import type { HassConnection } from '../ha/connection';
import type { ChatMessage } from '../schema/conversation';

/** The names of the Home Assistant agents that wrote a chat's answers (their ids are stored):
 * read once, when an answer of one is first shown. */
export class AgentNames {
  private asked: { conn: HassConnection; names: ReadonlyMap<string, string> } | undefined;

  constructor(private readonly changed: () => void) {}

  of(
    conn: HassConnection | undefined,
    messages: readonly ChatMessage[],
  ): ReadonlyMap<string, string> | undefined {
    if (!conn) return undefined;
    if (this.asked?.conn !== conn) {
      if (!messages.some((m) => m.provider_id === HA_PROVIDER_ID)) return undefined;
      const asked = { conn, names: new Map<string, string>() };
      this.asked = asked;
      void homeAgents(conn).then((agents) => {
        asked.names = new Map(agents.map((a) => [a.id, a.name]));
        this.changed();
      });
    }
    return this.asked.names;
  }
}
