import { TAGS } from '../const';
/** The sidebar panel's element, as panel_custom names it. */
export const PANEL_TAG = TAGS.panel;

interface PanelInfo {
  url_path?: string;
  title?: string | null;
  config?: unknown;
}

type WithPanels = { panels?: Record<string, PanelInfo> } | undefined;

/** Where this Home Assistant shows our panel (`panel_custom`'s url_path), if it does. */
export function panelPath(hass: unknown): string | undefined {
  const panels = (hass as WithPanels)?.panels;
  const panel = Object.values(panels ?? {}).find(
    (p) =>
      (p.config as { _panel_custom?: { name?: string } } | undefined)?._panel_custom?.name ===
      PANEL_TAG,
  );
  return panel?.url_path;
}

/** The title of the dashboard at `pathname` ("/ai-demo/chat" → "AI demo"). */
export function dashboardTitle(hass: unknown, pathname: string): string | undefined {
  const urlPath = pathname.split('/')[1];
  const panel = urlPath ? (hass as WithPanels)?.panels?.[urlPath] : undefined;
  return panel?.title ?? undefined;
}

/** Moves within Home Assistant's frontend as its own links do (its router follows). */
export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new CustomEvent('location-changed', { detail: { replace } }));
}
