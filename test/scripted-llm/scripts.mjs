// What the scripted model answers, chosen from the last message of the request (so it also works
// behind LiteLLM, which forwards only the body). Deterministic: the same request, the same answer,
// except "surprise me", which counts how often it was asked.

import { automationScript } from './automations.mjs';
import { piecesOf, textOf } from './text.mjs';

let surprises = 0;

/** The tool the request offers to act on the house, if any. */
function actionTool(tools) {
  return (tools ?? [])
    .map((t) => t?.function?.name)
    .find((n) => /call_service|HassTurnOn/i.test(n ?? ''));
}

const offers = (tools, name) => (tools ?? []).some((t) => t?.function?.name === name);

/** Tool calls for the house requests the tests make, given the tools offered. */
const HOUSE_REQUESTS = [
  {
    says: 'turn off the kitchen lights and tell me whether the front door is locked',
    calls: [
      ['call_service', { domain: 'light', service: 'turn_off', entity_id: 'light.kitchen_lights' }],
      ['get_entity', { entity_id: 'lock.front_door' }],
    ],
  },
  {
    says: 'unlock the front door',
    calls: [['call_service', { domain: 'lock', service: 'unlock', entity_id: 'lock.front_door' }]],
  },
  {
    says: 'turn on the ceiling lights',
    calls: [
      ['call_service', { domain: 'light', service: 'turn_on', entity_id: 'light.ceiling_lights' }],
    ],
  },
  { says: 'which lights are there', calls: [['list_entities', { domain: 'light' }]] },
  // A script that runs for seconds (the end-to-end suite restarts Home Assistant meanwhile).
  {
    says: 'run the slow script',
    calls: [
      [
        'call_service',
        { domain: 'script', service: 'slow_script', entity_id: 'script.slow_script' },
      ],
    ],
  },
  {
    says: 'what did the kitchen lights do today',
    calls: [['get_history', { entity_id: 'light.kitchen_lights', hours: 24 }]],
  },
  // A model that sends arguments that are not JSON, then reads the error it gets back.
  { says: 'bad tool arguments', calls: [['call_service', '{"domain": "light", "service":']] },
];

/**
 * @returns {{ reasoning: string[], pieces: string[], toolCalls: {id: string, name: string, arguments: string}[], slow?: boolean }}
 */
/** The remembered facts (lines "- [id] fact" of the system prompt's memory) that share a word
 * of four letters or more with the question. */
function recall(messages, lower) {
  const system = textOf(messages.find((m) => m.role === 'system')?.content);
  const block = system.split('What you remember about the user')[1];
  if (!block) return [];
  const asked = new Set(lower.split(/[^a-z0-9]+/).filter((w) => w.length >= 4));
  return [...block.matchAll(/^- \[[0-9a-f]+\] (.+)$/gm)]
    .map((m) => m[1])
    .filter((fact) =>
      fact
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((w) => asked.has(w)),
    );
}

export function scriptFor(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const last = messages.at(-1) ?? {};
  // Asked to go on with an answer it began (an assistant message, then "continue …"): the rest
  // of what it would have said to the question before, as a model continues its own text.
  const previous = messages.at(-2);
  if (
    last.role === 'user' &&
    previous?.role === 'assistant' &&
    /\bcontinue\b/i.test(textOf(last.content))
  ) {
    const said = textOf(previous.content);
    const before = scriptFor({ ...body, messages: messages.slice(0, -2) });
    const whole = before.pieces.join('');
    if (said && whole.startsWith(said) && whole.length > said.length)
      return { ...before, reasoning: [], pieces: piecesOf(whole.slice(said.length)) };
  }
  const question = textOf([...messages].reverse().find((m) => m.role === 'user')?.content).trim();
  const lower = question.toLowerCase();
  const round = messages.filter((m) => m.role === 'tool').length;
  // Rounds of tool calls since the question was asked (a conversation may hold earlier ones).
  const askedAt = messages.findLastIndex(
    (m) => m.role === 'user' && textOf(m.content).trim() === question,
  );
  const roundOfQuestion = messages.slice(askedAt + 1).filter((m) => m.role === 'tool').length;

  // A model that never stops calling tools (the loop's bound ends it).
  if (lower.includes('keep calling tools') && offers(body?.tools, 'get_entity')) {
    return {
      reasoning: [],
      pieces: [],
      toolCalls: [
        {
          id: `call_loop_${round + 1}`,
          name: 'get_entity',
          arguments: JSON.stringify({ entity_id: 'light.kitchen_lights' }),
        },
      ],
    };
  }
  // "call tools: <base64 JSON>": the calls the test names, as a hostile or broken model would
  // make them: `[{name, arguments, id?, extra?}]`, `extra` being fields sent beside the call in
  // its delta (a provider's own, or ones that try to pass for the card's). "call tools every
  // round: …" makes them again after every result, as a model that does not stop.
  const given = /^call tools( every round)?: ([A-Za-z0-9+/=]+)$/.exec(question);
  if (given && (body?.tools ?? []).length && (roundOfQuestion === 0 || given[1])) {
    const calls = JSON.parse(Buffer.from(given[2], 'base64').toString('utf8'));
    return {
      reasoning: [],
      pieces: [],
      toolCalls: calls.map((c, i) => ({
        id: c.id ?? `call_${c.name}_${round + 1}_${i + 1}`,
        name: c.name,
        arguments:
          typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments ?? {}),
        ...(c.extra ? { extra: c.extra } : {}),
      })),
    };
  }
  // Automations: drafted, fixed, changed and explained, step by step (automations.mjs).
  const automation = automationScript(body, question);
  if (automation) return automation;
  // Pictures a tool gave (a camera's) come in a user message right after the results.
  const toolPictures = last.role === 'user' && previous?.role === 'tool';
  if (last.role === 'tool' || toolPictures) {
    // Every result since the model last spoke, as the answer, and the pictures it was shown.
    const results = [];
    for (
      let i = messages.length - (toolPictures ? 2 : 1);
      i >= 0 && messages[i].role === 'tool';
      i--
    )
      results.unshift(textOf(messages[i].content).slice(0, 200));
    const seen = toolPictures ? ` | ${received(picturesOf(last.content))}` : '';
    return {
      reasoning: [],
      toolCalls: [],
      pieces: piecesOf(`Done: ${results.join(' | ')}${seen}`),
    };
  }

  // "look through camera.x": the camera tool, where it is offered (to a model that takes pictures).
  const camera = /look through (camera\.\w+)/.exec(lower);
  if (camera && offers(body?.tools, 'get_camera_image')) {
    return {
      reasoning: [],
      pieces: [],
      toolCalls: [
        {
          id: 'call_camera_1',
          name: 'get_camera_image',
          arguments: JSON.stringify({ entity_id: camera[1] }),
        },
      ],
    };
  }

  // "remember that …" with the memory tool offered: kept, as a model keeps what it is told.
  const remember = /^(?:please )?remember that (.+?)[.!]?$/i.exec(question);
  if (remember && offers(body?.tools, 'remember')) {
    return {
      reasoning: [],
      pieces: [],
      toolCalls: [
        {
          id: 'call_remember_1',
          name: 'remember',
          arguments: JSON.stringify({ text: remember[1] }),
        },
      ],
    };
  }
  // A question about something the system prompt says it remembers: answered from that.
  const recalled = recall(messages, lower);
  if (recalled.length)
    return {
      reasoning: [],
      toolCalls: [],
      pieces: piecesOf(`I remember: ${recalled.join('; ')}.`),
    };

  const request = HOUSE_REQUESTS.find((r) => lower.includes(r.says));
  if (request && request.calls.every(([name]) => offers(body?.tools, name))) {
    return {
      reasoning: [],
      pieces: [],
      toolCalls: request.calls.map(([name, args], i) => ({
        id: `call_${name}_${i + 1}`,
        name,
        arguments: typeof args === 'string' ? args : JSON.stringify(args),
      })),
    };
  }

  const tool = actionTool(body?.tools);
  if (tool && lower.includes('turn on the kitchen light')) {
    // Home Assistant 2025.1 names its intents' tools `HassTurnOn`, 2026.11 `intent__HassTurnOn`.
    const args = /HassTurnOn$/.test(tool)
      ? { name: 'Kitchen Lights' }
      : { domain: 'light', service: 'turn_on', entity_id: 'light.kitchen_lights' };
    return {
      reasoning: [],
      pieces: [],
      toolCalls: [{ id: 'call_kitchen_1', name: tool, arguments: JSON.stringify(args) }],
    };
  }

  // "say exactly: <base64>": the decoded text, verbatim (hostile Markdown for sanitizer tests).
  const exact = /^say exactly: ([A-Za-z0-9+/=]+)$/.exec(question);
  if (exact) {
    const text = Buffer.from(exact[1], 'base64').toString('utf8');
    return { reasoning: [], toolCalls: [], pieces: text.match(/[\s\S]{1,3}/g) ?? [] };
  }
  // "markdown N": about N characters of Markdown as models write it, in pieces of three
  // characters (the streaming benchmark's answer to a short question).
  const markdown = /^markdown (\d+)$/.exec(question);
  if (markdown) {
    const text = markdownOf(Math.min(Number(markdown[1]), 1_000_000));
    return { reasoning: [], toolCalls: [], pieces: text.match(/[\s\S]{1,3}/g) ?? [] };
  }
  // "huge answer N": N characters as fast as they go, in pieces of 16 KB (a provider that sends
  // without end; at most 10 MB).
  const huge = /^huge answer (\d+)$/.exec(question);
  if (huge) {
    const line = 'All work and no play makes a very long answer. ';
    const n = Math.min(Number(huge[1]), 10_000_000);
    const text = line.repeat(Math.ceil(n / line.length)).slice(0, n);
    return { reasoning: [], toolCalls: [], pieces: text.match(/[\s\S]{1,16384}/g) ?? [] };
  }
  // The pictures that reached the model with the question, as a vision model sees them.
  if (lower.includes('how many images'))
    return { reasoning: [], toolCalls: [], pieces: piecesOf(received(picturesOf(last.content))) };
  // What reached the model: how many messages, and their roles (to see what was left out).
  if (lower.includes('how many messages')) {
    const roles = messages.map((m) => m.role).join(', ');
    return {
      reasoning: [],
      toolCalls: [],
      pieces: piecesOf(`I received ${messages.length} messages: ${roles}.`),
    };
  }
  // A different answer each time it is asked (to tell a regenerated answer from the first).
  if (lower.includes('surprise me')) {
    surprises += 1;
    return { reasoning: [], toolCalls: [], pieces: piecesOf(`Surprise number ${surprises}.`) };
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

/** Paragraphs, lists, inline code, links and a code block now and then, `chars` long or a
 * little more, ending with a sentence a test can wait for. */
export function markdownOf(chars) {
  const parts = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const part =
      `Step ${i}: the **kitchen light** is \`light.kitchen_${i}\`, and it follows the motion ` +
      `sensor in the hall, which [the docs](https://example.com/${i}) explain.\n\n` +
      (i % 4 === 0 ? '- first, check the sensor\n- then the automation\n- and the light\n\n' : '') +
      (i % 6 === 0
        ? '```yaml\nservice: light.turn_on\ntarget:\n  entity_id: light.kitchen\n```\n\n'
        : '');
    parts.push(part);
    n += part.length;
  }
  return `${parts.join('')}${MARKDOWN_END}`;
}

export const MARKDOWN_END = 'And that is the end of the answer.';

/** "I received 1 image: 1536×768 JPEG (120 KB)." */
function received(images) {
  const sizes = images.map((p) => `${p.width}×${p.height} ${p.format} (${p.kb} KB)`).join(', ');
  return `I received ${images.length} image${images.length === 1 ? '' : 's'}${sizes ? `: ${sizes}` : ''}.`;
}

/** The `image_url` parts of a message's content, decoded: format, size in pixels and kilobytes
 * (data URLs only: a vision model behind LiteLLM gets them as the browser sent them). */
export function picturesOf(content) {
  if (!Array.isArray(content)) return [];
  return content
    .filter((part) => part?.type === 'image_url')
    .map((part) => {
      const url = typeof part.image_url === 'string' ? part.image_url : part.image_url?.url;
      const match = /^data:image\/(\w+);base64,(.*)$/.exec(url ?? '');
      const bytes = match ? Buffer.from(match[2], 'base64') : Buffer.alloc(0);
      return {
        format: (match?.[1] ?? 'url').toUpperCase(),
        kb: Math.round(bytes.length / 1024),
        ...dimensions(bytes),
      };
    });
}

/** Width and height from a PNG's IHDR or a JPEG's start-of-frame marker. */
function dimensions(b) {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47)
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) break;
    const marker = b[i + 1];
    const length = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    i += 2 + length;
  }
  return { width: 0, height: 0 };
}
