// A tool call as a provider streams it and as the card keeps it. The card keeps its own
// bookkeeping on a call (its status, what it asked the user, what it acted on); a provider's
// fields never land there, whatever they are called: they are kept apart, in `provider_fields`,
// and only travel back to the provider with the history (Gemini's `extra_content` must).

/** Fields of a stored tool call that are the card's own. */
export const CARD_CALL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'arguments',
  'index',
  'status',
  'result',
  'entity_ids',
  'confirm',
  'ask',
  'images',
  'by_agent',
  'provider_fields',
]);

/** The fields of a provider's tool-call delta that are neither its call's id, index, type or
 * function: kept for the provider, never as the card's. */
export function providerFields(extra: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extra))
    if (!CARD_CALL_FIELDS.has(key) && key !== 'type' && key !== 'function') kept[key] = value;
  return kept;
}

/** What goes back to the provider with a stored call, beside id, type and function: its own
 * fields, and (in conversations stored before they were kept apart) any top-level field that is
 * not the card's. */
export function wireFields(call: Record<string, unknown>): Record<string, unknown> {
  const legacy = providerFields(call);
  const own = call.provider_fields;
  return own && typeof own === 'object' && !Array.isArray(own)
    ? { ...legacy, ...providerFields(own as Record<string, unknown>) }
    : legacy;
}
