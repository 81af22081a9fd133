import { piecesOf, textOf } from './text.mjs';

// What the scripted model does with automations, step by step as a model with tools would: it
// drafts one (and fixes it when Home Assistant's check comes back with an error), reads one to
// change it, and explains why a light turned on from the logbook and the automation's trace.
// Each step is chosen from the question and the results the request carries.

const call = (name, args, n) => ({
  reasoning: [],
  pieces: [],
  toolCalls: [{ id: `call_${name}_${n}`, name, arguments: JSON.stringify(args) }],
});
const say = (text) => ({
  reasoning: [],
  toolCalls: [],
  pieces: text.match(/\s*\S{1,6}|\s+/g) ?? [],
});

/** The entrance lights when the front door is unlocked after sunset (the demo house's names). */
export const ENTRANCE_AUTOMATION = {
  alias: 'Entrance lights when the front door is unlocked after sunset',
  description: 'Turns on the entrance lights when someone comes home in the dark.',
  triggers: [{ trigger: 'state', entity_id: 'lock.front_door', to: 'unlocked' }],
  conditions: [{ condition: 'sun', after: 'sunset' }],
  actions: [
    { action: 'light.turn_on', target: { entity_id: 'light.entrance_color_white_lights' } },
  ],
  mode: 'single',
};

/** The calls and results since the question, in order: `{name, args, result}`. */
function steps(messages) {
  const start = messages.findLastIndex((m) => m.role === 'user' && !Array.isArray(m.content));
  const out = [];
  for (const m of messages.slice(start + 1)) {
    if (m.role === 'assistant')
      for (const c of m.tool_calls ?? [])
        out.push({
          id: c.id,
          name: c.function?.name,
          args: JSON.parse(c.function?.arguments || '{}'),
        });
    if (m.role === 'tool') {
      const step = out.find((s) => s.id === m.tool_call_id);
      if (step) {
        try {
          step.result = JSON.parse(textOf(m.content));
        } catch {
          step.result = textOf(m.content);
        }
      }
    }
  }
  return out;
}

/** A script for automation questions, or undefined when the question is not one. */
export function automationScript(body, question) {
  const lower = question.toLowerCase();
  const offered = new Set((body?.tools ?? []).map((t) => t?.function?.name));
  if (!offered.has('propose_automation')) return undefined;
  const done = steps(body.messages ?? []);
  const lastStep = done.at(-1);
  const n = done.length + 1;

  // "when the front door is unlocked after sunset, turn on the entrance lights", optionally
  // "with a typo in the trigger" (Home Assistant's check answers, and the model fixes it) or
  // "reusing the id <id>" (the id of another automation).
  if (lower.includes('front door is unlocked after sunset')) {
    const typo = lower.includes('typo');
    const reused = /reusing the id (\S+)/.exec(question)?.[1];
    if (!lastStep) {
      const config = typo
        ? {
            ...ENTRANCE_AUTOMATION,
            triggers: [{ ...ENTRANCE_AUTOMATION.triggers[0], trigger: 'stat' }],
          }
        : reused
          ? { id: reused, ...ENTRANCE_AUTOMATION }
          : ENTRANCE_AUTOMATION;
      return call('propose_automation', { config }, n);
    }
    if (lastStep.name === 'propose_automation' && lastStep.result?.problems && done.length < 2)
      return call('propose_automation', { config: ENTRANCE_AUTOMATION }, n);
    const problems = lastStep.result?.problems;
    return say(
      problems
        ? `It has problems: ${problems.join(' ')}`
        : 'Here it is. Home Assistant checked it; press Save to keep it.',
    );
  }

  // "make the entrance automation wait until 22:00": read it, then propose the change.
  if (lower.includes('entrance automation') && lower.includes('22:00')) {
    if (!lastStep) return call('list_automations', { kind: 'automation' }, n);
    if (lastStep.name === 'list_automations') {
      const found = (lastStep.result ?? []).find((a) => /entrance/i.test(a.name));
      return found
        ? call('get_automation', { entity_id: found.entity_id }, n)
        : say('I found no such automation.');
    }
    if (lastStep.name === 'get_automation' && lastStep.result?.config) {
      const { id: _id, ...config } = lastStep.result.config;
      const conditions = [...(config.conditions ?? config.condition ?? [])];
      conditions.push({ condition: 'time', after: '22:00:00' });
      const { condition: _c, ...rest } = config;
      return call(
        'propose_automation',
        { edit_of: lastStep.args.entity_id, config: { ...rest, conditions } },
        n,
      );
    }
    return say('Here is the change; press Save to keep it.');
  }

  // "why did the entrance lights turn on": the logbook, then the automation's traces.
  if (lower.includes('why did the entrance lights turn on')) {
    if (!lastStep)
      return call('get_logbook', { entity_id: 'light.entrance_color_white_lights', hours: 1 }, n);
    if (lastStep.name === 'get_logbook') {
      const cause = (lastStep.result?.entries ?? [])
        .filter((e) => e.state === 'on' && e.context_entity_id?.startsWith('automation.'))
        .at(-1);
      return cause
        ? call('get_automation_traces', { entity_id: cause.context_entity_id }, n)
        : say(
            `The logbook does not say: ${JSON.stringify((lastStep.result?.entries ?? []).filter((e) => e.state === 'on')).slice(0, 600)}`,
          );
    }
    if (lastStep.name === 'get_automation_traces' && !lastStep.args.run_id) {
      const run = lastStep.result?.runs?.[0];
      return run
        ? call(
            'get_automation_traces',
            { entity_id: lastStep.args.entity_id, run_id: run.run_id },
            n,
          )
        : say('It has no trace.');
    }
    if (lastStep.name === 'get_automation_traces') {
      const trace = lastStep.result ?? {};
      const paths = (trace.steps ?? []).map((s) => s.path).join(', ');
      return say(
        `${lastStep.args.entity_id} turned them on: its run started ${trace.timestamp?.start}, ` +
          `triggered by ${trace.trigger ?? 'nothing recorded'}, and ended ${trace.script_execution}; ` +
          `its steps were ${paths}.`,
      );
    }
  }
  return undefined;
}
