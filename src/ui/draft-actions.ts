import * as z from 'zod/mini';
import type { DraftStatus } from './automation-draft';
import { problemWords } from './automation-draft';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import { type SaveFailure, saveDraft, toolsFor, tryOnce } from '../ha/automation-save';
import { errorMessage } from '../ha/connection';
import { DraftSchema } from '../schema/automation';
import { clock } from '../sync/clock';
import type { ChatMessage } from '../schema/conversation';
import type { Scope } from '../schema/tools';
import { strings } from '../i18n';
import '../i18n/pages';

// What Save, Discard and Run now do (loaded with the first of them): the draft is read from the
// conversation, saved through Home Assistant, and what became of it kept with the call.

export interface DraftPlace {
  conn: HassConnection;
  hass: () => HassView | undefined;
  scope: Scope | undefined;
  confirm: readonly string[] | undefined;
  messages: () => readonly ChatMessage[];
  /** Keeps the draft's new state with its call (stored with the conversation). */
  setDraft: (callId: string, draft: Record<string, unknown>) => void;
  /** Shows an act under way, or how it ended (undefined: nothing to show). */
  show: (callId: string, status: DraftStatus | undefined) => void;
}

function failureWords(why: SaveFailure): string {
  const w = strings.drafts.failed;
  switch (why.kind) {
    case 'not_admin':
      return w.not_admin;
    case 'problems':
      return `${w.problems} ${why.problems.map(problemWords).join('; ')}`;
    case 'moved':
      return w.moved(why.entity_id);
    case 'refused':
      return w.refused(why.message);
    case 'not_loaded':
      return w.not_loaded(why.key);
  }
}

export async function actOnDraft(
  place: DraftPlace,
  act: { id: string; action: 'save' | 'discard' | 'run'; checkConditions?: boolean | undefined },
): Promise<void> {
  const call = place
    .messages()
    .flatMap((m) => m.tool_calls ?? [])
    .find((c) => c.id === act.id);
  const read = z.safeParse(DraftSchema, call?.draft);
  if (!read.success) return;
  const draft = read.data;
  const state = draft.state ?? 'proposed';
  if (act.action === 'discard') {
    if (state === 'proposed') place.setDraft(act.id, { ...draft, state: 'discarded' });
    return;
  }
  if (act.action === 'run') {
    const entityId = draft.saved?.entity_id;
    if (state !== 'saved' || !entityId) return;
    place.show(act.id, { kind: 'running' });
    const why = await tryOnce(place.conn, entityId, act.checkConditions ?? false);
    place.show(act.id, why === undefined ? { kind: 'ran' } : { kind: 'run_failed', message: why });
    return;
  }
  if (state !== 'proposed') return;
  place.show(act.id, { kind: 'saving' });
  try {
    const tools = toolsFor(place);
    const outcome = await saveDraft({ conn: place.conn, hass: place.hass, tools }, draft);
    if (!outcome.ok) {
      // Written and not loaded: Save again (once configuration.yaml is fixed) writes it there.
      if (outcome.why.kind === 'not_loaded')
        place.setDraft(act.id, { ...draft, written: outcome.why.key });
      place.show(act.id, { kind: 'failed', message: failureWords(outcome.why) });
      return;
    }
    place.setDraft(act.id, {
      ...draft,
      state: 'saved',
      saved: { key: outcome.key, entity_id: outcome.entity_id, at: clock.now() },
    });
    place.show(act.id, undefined);
  } catch (err) {
    place.show(act.id, {
      kind: 'failed',
      message: strings.drafts.failed.refused(errorMessage(err)),
    });
  }
}
