import { html, nothing } from 'lit';
import type { Totals } from '../sync/totals';
import { strings } from '../i18n';
import { formatCost, formatCount } from '../i18n/format';

// What the panel shows, as its address says it (`/<panel>/conversation/<id>`,
// `/<panel>/settings`), its keyboard shortcuts, and the usage line beside a conversation's title.

export type Route = { kind: 'chat'; id?: string | undefined } | { kind: 'settings' };

/** The route a path under the panel names. */
export function routeOf(path: string): Route {
  if (path.startsWith('/settings')) return { kind: 'settings' };
  const id = /^\/conversation\/([^/]+)/.exec(path)?.[1];
  return { kind: 'chat', id: id ? decodeURIComponent(id) : undefined };
}

/** The address of `route` under the panel at `prefix`. */
export function pathOf(prefix: string, route: Route): string {
  if (route.kind === 'settings') return `${prefix}/settings`;
  return route.id ? `${prefix}/conversation/${encodeURIComponent(route.id)}` : prefix;
}

/** What a conversation's answers used, beside its title. */
export function conversationUsage(u: Totals) {
  if (!u.answers) return nothing;
  const tokens = formatCount(u.prompt + u.completion);
  const estimated = u.estimated
    ? ` (${strings.usage.someEstimated(formatCount(u.estimated))})`
    : '';
  return html`<span
    class="usage"
    title=${`${strings.usage.answerLong(formatCount(u.prompt), formatCount(u.completion))}${estimated}`}
    >${strings.usage.conversation(tokens)}${u.cost ? ` · ${formatCost(u.cost)}` : ''}</span
  >`;
}

/** Alt+Shift+N: a new conversation; "/" (outside a text field): the message box; Escape: stops
 * the answer (the chat's own Escape handles it when the focus is in the chat). */
export function shortcut(e: KeyboardEvent, busy: boolean): 'new' | 'message' | 'stop' | undefined {
  if (e.altKey && e.shiftKey && e.code === 'KeyN') return 'new';
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e)) return 'message';
  if (e.key === 'Escape' && busy) return 'stop';
  return undefined;
}

/** Whether a key press goes into a text field (where "/" is a character to type). */
function isTyping(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
