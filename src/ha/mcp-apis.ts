import type { HassConnection } from './connection';
import type { HassView } from './exposed-entities';
import { ASSIST_API } from './mcp-tools';

// Whether this Home Assistant serves its LLM APIs over MCP, and which of them this user may use:
// its Model Context Protocol Server integration (2025.2) must be set up, and the address per API
// (`/api/mcp/<api id>`) is newer still; administrators may use every API, other users Assist.

export type HaMcpState =
  | { status: 'lacks'; version: string }
  | { status: 'not-set-up' }
  | { status: 'ready'; apis: { id: string; name: string }[]; assistOnly: boolean };

/** Releases before 2025.2 have no MCP server. */
function before2025_2(version: string | undefined): boolean {
  const [year, month] = (version ?? '').split('.').map(Number);
  return year !== undefined && month !== undefined && (year < 2025 || (year === 2025 && month < 2));
}

export async function haMcpState(
  conn: HassConnection,
  hass: HassView | undefined,
): Promise<HaMcpState> {
  const version = hass?.config?.version ?? '';
  if (before2025_2(version)) return { status: 'lacks', version };
  const entries = await conn
    .sendMessagePromise<unknown[]>({ type: 'config_entries/get', domain: 'mcp_server' })
    .catch(() => []);
  if (!entries.length) return { status: 'not-set-up' };
  if (!hass?.user?.is_admin)
    return { status: 'ready', apis: [{ id: ASSIST_API, name: 'Assist' }], assistOnly: true };
  const listed = await conn
    .sendMessagePromise<{ apis?: { id: string; name: string }[] }>({ type: 'llm/api/list' })
    .catch(() => undefined);
  const apis = listed?.apis?.map(({ id, name }) => ({ id, name })) ?? [
    { id: ASSIST_API, name: 'Assist' },
  ];
  return { status: 'ready', apis, assistOnly: false };
}
