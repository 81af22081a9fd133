import type { SettingsEdit } from './settings-edits';
import type { McpServerSettings, McpSettings, ToolMode } from './mcp';

// Changes to the MCP part of the settings, as pure functions (ha/settings-store.ts applies them
// to the document as stored now, so another tab's changes stay).

const withMcp =
  (change: (mcp: McpSettings) => McpSettings): SettingsEdit =>
  (s) => ({ ...s, mcp: change(s.mcp ?? {}) });

export const setOwnTools = (on: boolean): SettingsEdit =>
  withMcp(({ own_tools: _o, ...m }) => (on ? m : { ...m, own_tools: false }));

/** Turns one of Home Assistant's LLM APIs on or off for chats (its tool choices stay). */
export const setHaApi = (id: string, name: string, enabled: boolean): SettingsEdit =>
  withMcp((m) => ({
    ...m,
    ha_apis: { ...m.ha_apis, [id]: { ...m.ha_apis?.[id], name, enabled } },
  }));

export const setHaApiTool = (id: string, tool: string, mode: ToolMode): SettingsEdit =>
  withMcp((m) => {
    const api = m.ha_apis?.[id] ?? {};
    return {
      ...m,
      ha_apis: { ...m.ha_apis, [id]: { ...api, tools: { ...api.tools, [tool]: mode } } },
    };
  });

/** Adds `server`, or replaces the one with its id. */
export const saveMcpServer = (server: McpServerSettings): SettingsEdit =>
  withMcp((m) => {
    const servers = m.servers ?? [];
    return {
      ...m,
      servers: servers.some((s) => s.id === server.id)
        ? servers.map((s) => (s.id === server.id ? server : s))
        : [...servers, server],
    };
  });

export const removeMcpServer = (id: string): SettingsEdit =>
  withMcp((m) => ({ ...m, servers: (m.servers ?? []).filter((s) => s.id !== id) }));

export const setMcpServerEnabled = (id: string, enabled: boolean): SettingsEdit =>
  withMcp((m) => ({
    ...m,
    servers: (m.servers ?? []).map((s) => (s.id === id ? { ...s, enabled } : s)),
  }));
