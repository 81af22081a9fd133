// What the scripted model answers, chosen from the last message of the request (so it also works
// behind LiteLLM, which forwards only the body). Deterministic: the same request, the same answer.

/** Splits text into stream pieces of a few characters, as tokenizers do. */
export function piecesOf(text) {
  return text.match(/\s*\S{1,6}|\s+/g) ?? [];
}

const textOf = (content) =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((p) => p?.text ?? '').join('')
      : '';

/** The tool the request offers to act on the house, if any. */
function actionTool(tools) {
  return (tools ?? [])
    .map((t) => t?.function?.name)
    .find((n) => /call_service|HassTurnOn/i.test(n ?? ''));
}

/**
 * @returns {{ reasoning: string[], pieces: string[], toolCalls: {id: string, name: string, arguments: string}[], slow?: boolean }}
 */
export function scriptFor(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const last = messages.at(-1) ?? {};
  if (last.role === 'tool') {
    return {
      reasoning: [],
      toolCalls: [],
      pieces: piecesOf(`Done: ${textOf(last.content).slice(0, 200)}`),
    };
  }
  const question = textOf([...messages].reverse().find((m) => m.role === 'user')?.content).trim();
  const lower = question.toLowerCase();

  const tool = actionTool(body?.tools);
  if (tool && lower.includes('turn on the kitchen light')) {
    const args =
      tool === 'HassTurnOn'
        ? { name: 'Kitchen Lights' }
        : { domain: 'light', service: 'turn_on', entity_id: 'light.kitchen_lights' };
    return {
      reasoning: [],
      pieces: [],
      toolCalls: [{ id: 'call_kitchen_1', name: tool, arguments: JSON.stringify(args) }],
    };
  }

  let m;
  if ((m = lower.match(/long answer (\d+)/))) {
    const n = Math.min(Number(m[1]), 2000);
    const text = Array.from(
      { length: n },
      (_, i) => `Paragraph ${i + 1}: the quick brown fox jumps over the lazy dog.`,
    ).join('\n\n');
    return { reasoning: [], toolCalls: [], pieces: piecesOf(text), slow: true };
  }
  if (lower.includes('markdown xss')) {
    return {
      reasoning: [],
      toolCalls: [],
      pieces: piecesOf(
        'Careful: <script>window.__pwned = true</script> <img src="x" onerror="window.__pwned = true"> ' +
          '[click](javascript:window.__pwned=true) <a href="https://example.com" onclick="window.__pwned=true">ok</a>',
      ),
    };
  }
  if (lower.includes('reason')) {
    return {
      reasoning: piecesOf('The user wants me to think first. Two plus two is four.'),
      toolCalls: [],
      pieces: piecesOf('The answer is **4**.'),
    };
  }
  const echo = question.replace(/[*_`#<>[\]]/g, '').slice(0, 120);
  return {
    reasoning: [],
    toolCalls: [],
    pieces: piecesOf(
      `You said: **${echo}**\n\nHere is what I can do:\n\n- answer questions\n- use \`markdown\`\n\n\`\`\`yaml\nservice: light.turn_on\n\`\`\``,
    ),
  };
}
