import { fn } from './tool-definitions';

// The tools over automations and scripts as a model is offered them (OpenAI's function
// definitions). What is said to a model stays in English.

export const AUTOMATION_TOOLS = {
  list: 'list_automations',
  get: 'get_automation',
  traces: 'get_automation_traces',
  logbook: 'get_logbook',
  proposeAutomation: 'propose_automation',
  proposeScript: 'propose_script',
} as const;

const CONFIG = {
  type: 'object',
  description:
    'The whole configuration, as Home Assistant’s automation editor saves it in YAML, written as JSON.',
};

export const AUTOMATION_DEFINITIONS = [
  fn(
    AUTOMATION_TOOLS.list,
    'List the user’s automations and scripts: entity id, name, on or off, when last triggered.',
    { kind: { type: 'string', enum: ['automation', 'script'] } },
  ),
  fn(
    AUTOMATION_TOOLS.get,
    'Read the configuration of one automation or script.',
    { entity_id: { type: 'string', description: 'e.g. "automation.hallway_light_at_night".' } },
    ['entity_id'],
  ),
  fn(
    AUTOMATION_TOOLS.traces,
    'What an automation or script did when it ran: without run_id, its last runs (when, what ' +
      'triggered it, how it ended); with run_id, that run step by step (trigger, each condition ' +
      'and action with its result).',
    {
      entity_id: { type: 'string' },
      run_id: { type: 'string', description: 'A run_id from the list of runs.' },
    },
    ['entity_id'],
  ),
  fn(
    AUTOMATION_TOOLS.logbook,
    'The logbook: what happened to entities in a time window (state changes, and what caused ' +
      'each: an automation, a script, a person, a service). Use it to explain why something ' +
      'happened, then the automation’s traces for the details.',
    {
      entity_id: {
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        description: 'The entities (default: every entity you may see).',
      },
      hours: { type: 'number', description: 'How far back from end, in hours (default 24).' },
      end: { type: 'string', description: 'The end of the window, ISO 8601 (default: now).' },
    },
  ),
  fn(
    AUTOMATION_TOOLS.proposeAutomation,
    'Propose a new automation, or a change to one (edit_of: its entity id; give the whole new ' +
      'configuration). Write alias, description, triggers, conditions, actions and mode; ' +
      'actions call services as {"action": "light.turn_on", "target": {"entity_id": ...}}. ' +
      'Nothing is saved: Home Assistant checks it, the user sees it and saves it with Save. If ' +
      'problems come back, fix them and propose again. Never say it is saved.',
    { config: CONFIG, edit_of: { type: 'string', description: 'e.g. "automation.night_light".' } },
    ['config'],
  ),
  fn(
    AUTOMATION_TOOLS.proposeScript,
    'Propose a new script (key: its id, lowercase with _), or a change to one (edit_of: its ' +
      'entity id). Write alias, description, fields, sequence and mode. Nothing is saved: the ' +
      'user sees it and saves it with Save. Never say it is saved.',
    {
      config: CONFIG,
      key: { type: 'string', description: 'A new script’s id, e.g. "good_night".' },
      edit_of: { type: 'string', description: 'e.g. "script.good_night".' },
    },
    ['config'],
  ),
] as const;
