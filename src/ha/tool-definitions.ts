import { CAMERA_TOOL } from '../schema/tools';

// The tools over Home Assistant as a model is offered them (OpenAI's function definitions). What
// is said to a model stays in English.

export const TOOL_NAMES = {
  list: 'list_entities',
  get: 'get_entity',
  call: 'call_service',
  areas: 'list_areas',
  history: 'get_history',
  camera: CAMERA_TOOL,
} as const;

/** One tool as OpenAI's function definitions write it (its arguments an object, nothing else). */
export const fn = (
  name: string,
  description: string,
  properties: object,
  required: string[] = [],
) => ({
  type: 'function',
  function: {
    name,
    description,
    parameters: { type: 'object', properties, required, additionalProperties: false },
  },
});
const idOrIds = (what: string) => ({
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  description: what,
});

export const TOOL_DEFINITIONS = [
  fn(
    TOOL_NAMES.list,
    'List the Home Assistant entities you may see and control, with name, area and current state. ' +
      'Filter by domain (light, switch, lock, cover, climate, sensor, ...), area, or part of the name.',
    {
      domain: { type: 'string', description: 'Only this domain, e.g. "light".' },
      area: { type: 'string', description: 'Only this area (its name or id).' },
      name: { type: 'string', description: 'Only entities whose name or id contains this text.' },
    },
  ),
  fn(
    TOOL_NAMES.get,
    'Read one entity: its state, all attributes, and when it last changed.',
    { entity_id: { type: 'string', description: 'e.g. "lock.front_door".' } },
    ['entity_id'],
  ),
  fn(
    TOOL_NAMES.call,
    'Call a Home Assistant service (an action) on entities you may control, e.g. domain "light", ' +
      'service "turn_on", entity_id "light.kitchen", data {"brightness_pct": 50}. Target entities ' +
      'by entity_id, or every entity of the service domain in an area by area. Returns the new states.',
    {
      domain: { type: 'string', description: 'Service domain, e.g. "light".' },
      service: { type: 'string', description: 'Service name, e.g. "turn_on".' },
      entity_id: idOrIds('Target entity id or ids.'),
      area: idOrIds('Target area name(s) or id(s), instead of entity ids.'),
      data: {
        type: 'object',
        description: 'Service data, e.g. {"temperature": 21}. No targets here.',
      },
    },
    ['domain', 'service'],
  ),
  fn(TOOL_NAMES.areas, 'List the areas of the home and how many entities you may see in each.', {}),
  fn(
    TOOL_NAMES.history,
    'The state changes of one entity over the last hours (default 24, at most 168).',
    {
      entity_id: { type: 'string' },
      hours: { type: 'number', description: 'How far back, in hours.' },
    },
    ['entity_id'],
  ),
] as const;

/** Offered to a model that takes pictures (or may). */
export const CAMERA_DEFINITION = fn(
  TOOL_NAMES.camera,
  'Look through a camera you may see: its picture now follows the result, in a message of its ' +
    'own. Use it when asked what a camera shows (who is at the door, is the car there).',
  { entity_id: { type: 'string', description: 'e.g. "camera.front_door".' } },
  ['entity_id'],
);
