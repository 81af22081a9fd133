import type { ChatMessage, ToolCall } from '../schema/conversation';
import { LIMITS } from '../guard/sizes';
import type { ToolBox, ToolReview } from './ports';
import { prompts } from './prompts';
import { strings } from '../i18n';

// One round of tool calls, the ones a response of the model asked for, one after the other: each
// is reviewed (a review that fails refuses the call), waits for the user's Approve where the
// review says so, runs, and its result is kept with it for the model. Calls past the number one
// answer may make are not run.

export interface RoundHost {
  /** The answer whose calls these are, as it is now. */
  current(): ChatMessage;
  show(next: ChatMessage, extra?: { announcement?: string | undefined }): void;
  commit(messages: readonly ChatMessage[]): void;
  /** The user's Approve (true) or Deny; false too when the turn is stopped. */
  decide(callId: string): Promise<boolean>;
  /** Pictures a call gave, as sent (the page holds them; a thumbnail is stored). */
  keepPictures(callId: string, full: readonly string[]): void;
}

/**
 * Runs the calls `ids` of the current answer, at most `room` of them; the rest are marked not
 * run, with a result that says why. Returns whether any was left out.
 */
export async function runToolRound(
  host: RoundHost,
  box: ToolBox,
  ids: readonly string[],
  room: number,
  signal: AbortSignal,
): Promise<boolean> {
  for (const id of ids.slice(0, Math.max(0, room))) {
    await runToolCall(host, box, id, signal);
    if (signal.aborted) return false;
  }
  const refused = new Set(ids.slice(Math.max(0, room)));
  if (!refused.size) return false;
  const result = JSON.stringify({ error: prompts.tooManyCalls(LIMITS.toolCallsPerAnswer) });
  const answer = host.current();
  host.show({
    ...answer,
    tool_calls: answer.tool_calls?.map((c) =>
      refused.has(c.id) ? { ...c, status: 'stopped' as const, result } : c,
    ),
  });
  return true;
}

/** One tool call: wait for the user's Approve where it is sensitive, run it, keep the result. */
async function runToolCall(
  host: RoundHost,
  box: ToolBox,
  callId: string,
  signal: AbortSignal,
): Promise<void> {
  const patch = (fields: Partial<ToolCall>, extra?: { announcement?: string }) => {
    const answer = host.current();
    host.show(
      {
        ...answer,
        tool_calls: answer.tool_calls?.map((c) => (c.id === callId ? { ...c, ...fields } : c)),
      },
      extra,
    );
  };
  const call = host.current().tool_calls?.find((c) => c.id === callId);
  if (!call) return;
  const refuse = (why: string) =>
    patch({ status: 'error', result: JSON.stringify({ error: why }) });
  if (call.arguments.length > LIMITS.toolArgumentsChars)
    return refuse(prompts.argumentsTooLong(LIMITS.toolArgumentsChars));
  // The review fails closed: a call it cannot judge is refused, never run unchecked.
  let review: ToolReview;
  try {
    review = await box.review(call);
  } catch (err) {
    return refuse(prompts.checkFailed(err instanceof Error ? err.message : String(err)));
  }
  if (review.refuse !== undefined) {
    patch({ entity_ids: review.entityIds });
    return refuse(review.refuse);
  }
  let approved = false;
  if (review.confirm) {
    patch(
      {
        status: 'awaiting',
        confirm: review.confirm,
        entity_ids: review.entityIds,
        ...(review.ask ? { ask: review.ask } : {}),
      },
      { announcement: review.ask ?? strings.toolNeedsApproval(review.confirm) },
    );
    host.commit([host.current()]);
    approved = await host.decide(callId);
    if (signal.aborted) return;
    if (!approved)
      return patch({ status: 'denied', result: JSON.stringify({ error: prompts.denied }) });
  }
  patch({ status: 'running', entity_ids: review.entityIds });
  const outcome = await box.run(call, approved);
  if (outcome.pictures?.length)
    host.keepPictures(
      callId,
      outcome.pictures.map((p) => p.full),
    );
  patch({
    status: outcome.ok ? 'done' : outcome.unknown ? 'unknown' : 'error',
    result: outcome.content,
    entity_ids: outcome.entityIds.length ? outcome.entityIds : review.entityIds,
    ...(outcome.pictures?.length ? { images: outcome.pictures.map((p) => p.image) } : {}),
    ...(outcome.draft ? { draft: outcome.draft } : {}),
    ...(outcome.memory ? { memory: outcome.memory } : {}),
  });
}
