// The demo house's Assist exposure, set the way a user sets it under Settings → Voice assistants:
// the front door lock exposed (Home Assistant does not expose locks by default) so the chat can
// ask for approval, the ceiling lights not exposed so a refusal can be seen.
export async function exposeDemoHouse(conn) {
  const expose = (entity_ids, should_expose) =>
    conn.sendMessagePromise({
      type: 'homeassistant/expose_entity',
      assistants: ['conversation'],
      entity_ids,
      should_expose,
    });
  await expose(['lock.front_door'], true);
  await expose(['light.ceiling_lights'], false);
}
