import { expect } from '@open-wc/testing';
import {
  bothScopes,
  builtInPersonas,
  personasOf,
  promptsOf,
  withPersona,
} from '../../src/chat/personas';
import { removeFrom, upsertIn } from '../../src/schema/settings-edits';
import { builtInPrompts } from '../../src/chat/personas';
import { promptsFor } from '../../src/ui/slash-menu';
import { scriptStream } from '../../src/ha/script-stream';
import { oneProvider } from '../helpers/settings';
import type { StreamEvent } from '../../src/provider/chat';

async function all(stream: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const out: StreamEvent[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

describe('personas and quick prompts', () => {
  it('a persona lays its prompt, model and tools over a card, and its scope narrows the card’s, never widens it', () => {
    const kids = builtInPersonas().find((p) => p.id === 'kids')!;
    const card = { scope: { domains: ['light', 'lock'], areas: ['kitchen'] } };
    const config = withPersona(card, {
      ...kids,
      provider_id: 'scripted',
      model_id: 'slow',
      tools: false,
    });
    expect(config.prompt_template).to.equal(kids.prompt);
    expect(config).to.include({ provider_id: 'scripted', model_id: 'slow', tools: false });
    // A model the chat names (picked for the conversation, set on the card) stays.
    const named = withPersona(
      { provider_id: 'mine', model_id: 'm' },
      { ...kids, provider_id: 'scripted', model_id: 'slow' },
    );
    expect(named).to.include({ provider_id: 'mine', model_id: 'm' });
    expect(config.scope).to.deep.equal({ domains: ['light'], areas: ['kitchen'] });
    // Nothing in common: nothing at all, not everything.
    const none = bothScopes({ domains: ['lock'] }, { domains: ['light'] })!;
    expect(none.domains).to.have.length(1);
    expect(none.domains![0]).not.to.equal('lock');
    expect(withPersona(card, undefined)).to.equal(card);
  });

  it('the built-in lists stand until the first change, which keeps them as the user’s', () => {
    const s = oneProvider();
    expect(personasOf(s).map((p) => p.id)).to.deep.equal(['home', 'energy', 'kids']);
    const added = upsertIn(
      'quick_prompts',
      { id: 'mine', label: 'Mine', text: 'What is {{ 6 * 7 }}?' },
      builtInPrompts,
    )(s);
    expect(promptsOf(added).map((p) => p.id)).to.deep.equal([
      'good-night',
      'whats-open',
      'energy-today',
      'mine',
    ]);
    const removed = removeFrom('personas', 'kids', builtInPersonas)(added);
    expect(personasOf(removed).map((p) => p.id)).to.deep.equal(['home', 'energy']);
  });

  it('"/" finds prompts by words of their label or text, in any order', () => {
    const prompts = builtInPrompts();
    expect(promptsFor(prompts, 'hello')).to.equal(undefined);
    expect(promptsFor(prompts, '/')!.map((p) => p.id)).to.have.length(3);
    expect(promptsFor(prompts, '/night good')!.map((p) => p.id)).to.deep.equal(['good-night']);
    expect(promptsFor(prompts, '/ENERGY')!.map((p) => p.id)).to.deep.equal(['energy-today']);
    expect(promptsFor(prompts, '/zzz')).to.deep.equal([]);
  });

  it('a script chip asks no model: one call of the script, then whether it ran', async () => {
    const stream = scriptStream('script.good_night', 'Good night');
    const target = { baseUrl: 'http://unused.invalid' };
    const first = await all(stream(target, { model: 'm', messages: [] }));
    const call = first.find((e) => e.type === 'tool_call');
    expect(call && call.type === 'tool_call' && call.delta.function?.name).to.equal('call_service');
    const id = call && call.type === 'tool_call' ? call.delta.id! : '';
    const args = call && call.type === 'tool_call' ? String(call.delta.function?.arguments) : '';
    expect(JSON.parse(args)).to.deep.equal({
      domain: 'script',
      service: 'turn_on',
      entity_id: 'script.good_night',
    });
    const ran = await all(
      stream(target, {
        model: 'm',
        messages: [{ role: 'tool', tool_call_id: id, content: '{"ok":true}' }],
      }),
    );
    expect(ran[0]).to.deep.equal({ type: 'content', text: 'Good night: done.' });
    const denied = await all(
      stream(target, {
        model: 'm',
        messages: [{ role: 'tool', tool_call_id: id, content: '{"error":"The user denied it."}' }],
      }),
    );
    expect(denied[0]).to.deep.equal({ type: 'content', text: 'Good night: not run.' });
  });
});
