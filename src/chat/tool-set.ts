import type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from './ports';

const nameOf = (definition: unknown) =>
  (definition as { function?: { name?: unknown } }).function?.name;

/** Several sources of tools as one: each call goes to the source that offers its name (the
 * first, where two offer one); their overviews follow one another. */
export function toolSet(...boxes: readonly ToolBox[]): ToolBox {
  if (boxes.length === 1) return boxes[0]!;
  const owner = new Map<unknown, ToolBox>();
  for (const box of boxes)
    for (const d of box.definitions) if (!owner.has(nameOf(d))) owner.set(nameOf(d), box);
  const definitions = boxes.flatMap((box) =>
    box.definitions.filter((d) => owner.get(nameOf(d)) === box),
  );
  // A name no source offers goes to the first, which tells the model what there is.
  const boxFor = (call: ToolRequest) => owner.get(call.name) ?? boxes[0]!;
  return {
    definitions,
    review: (call): Promise<ToolReview> => boxFor(call).review(call),
    run: (call, approved): Promise<ToolOutcome> => boxFor(call).run(call, approved),
    async overview() {
      const parts = await Promise.all(boxes.map((box) => box.overview()));
      return parts.filter(Boolean).join('\n\n');
    },
  };
}
