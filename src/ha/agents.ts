import type { HassConnection } from './connection';

export { HA_PROVIDER_ID } from '../schema/settings';

/** A conversation agent this user can reach (`conversation/agent/list`). */
export interface HomeAgent {
  id: string;
  name: string;
}

const lists = new WeakMap<HassConnection, Promise<HomeAgent[]>>();

/** The conversation agents of this Home Assistant (Assist, and the integrations' agents such as
 * OpenAI's or Ollama's), read once per connection (again when `fresh`). None where the command
 * is refused, and asked again next time. */
export function homeAgents(conn: HassConnection, fresh = false): Promise<HomeAgent[]> {
  let list = fresh ? undefined : lists.get(conn);
  if (!list) {
    list = conn
      .sendMessagePromise<{ agents?: { id?: unknown; name?: unknown }[] }>({
        type: 'conversation/agent/list',
      })
      .then((r) =>
        (r.agents ?? []).flatMap((a) =>
          typeof a.id === 'string'
            ? [{ id: a.id, name: typeof a.name === 'string' && a.name ? a.name : a.id }]
            : [],
        ),
      )
      .catch(() => {
        if (lists.get(conn) === list) lists.delete(conn);
        return [];
      });
    lists.set(conn, list);
  }
  return list;
}
