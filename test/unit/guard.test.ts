import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { REMOVED, scrubCredentials } from '../../src/guard/credentials';
import { checkImportedConversations } from '../../src/guard/conversation-import';
import { keyMayGo } from '../../src/guard/keys';
import {
  type PolicyEntity,
  type PolicyWorld,
  type ServiceCallDraft,
  judgeServiceCall,
} from '../../src/guard/service-call';
import { jsonBytes } from '../../src/guard/sizes';
import { badTimes, timeProblem } from '../../src/guard/times';
import { Clock } from '../../src/sync/clock';
import { SchemaError } from '../../src/schema/parse';
import type { ConversationDoc, ConversationEntry } from '../../src/schema/conversation';

// The guard's decisions, without a DOM or Home Assistant: what a service call may do, what a
// result may carry, which times and ids a file may bring, where a key may go.

const speaker: PolicyEntity = {
  entity_id: 'media_player.living_room',
  domain: 'media_player',
  name: 'Living Room Speaker',
};
const lamp: PolicyEntity = { entity_id: 'light.desk', domain: 'light', name: 'Desk Lamp' };
const inScope = new Map([speaker, lamp].map((e) => [e.entity_id, e]));
const world: PolicyWorld = {
  inScope: (id) => inScope.get(id),
  exists: (id) => inScope.has(id) || id === 'camera.bedroom',
  confirm: [],
};
const call = (data: Record<string, unknown>, targets = [speaker]): ServiceCallDraft => ({
  domain: targets[0]?.domain ?? 'media_player',
  service: 'play_media',
  targets,
  data,
});

describe('guard: service calls', () => {
  it('data carrying an address waits for Approve, wherever it sits and however it is written', () => {
    for (const value of [
      'https://attacker.example/?d=secret',
      'HTTP://ATTACKER.EXAMPLE/x.mp3',
      'rtsp://10.0.0.5/stream',
      '//attacker.example/x',
      'media-source://media_source/local/x.mp3',
      'ftp:attacker.example',
      'data:audio/mp3;base64,AAAA',
      'attacker.example/x.mp3',
      'www.attacker.example',
      '10.0.0.5:8123',
      'Play this: https://attacker.example/a.mp3 please',
    ]) {
      const verdict = judgeServiceCall(
        call({ media_content_id: value, media_content_type: 'music' }),
        world,
      );
      expect(verdict.decision, value).to.equal('approve');
      expect(verdict.decision === 'approve' && verdict.reasons[0]).to.deep.include({
        kind: 'address',
        field: 'data.media_content_id',
      });
    }
    const nested = judgeServiceCall(
      call({ extra: { metadata: [{ images: [{ url: 'https://attacker.example/i.png' }] }] } }),
      world,
    );
    expect(nested).to.deep.equal({
      decision: 'approve',
      reasons: [
        {
          kind: 'address',
          field: 'data.extra.metadata[0].images[0].url',
          value: 'https://attacker.example/i.png',
        },
      ],
    });
    // In a key, too.
    expect(judgeServiceCall(call({ 'https://attacker.example/': 1 }), world).decision).to.equal(
      'approve',
    );
  });

  it('a file path waits for Approve; another entity in scope too; one outside the scope is refused', () => {
    for (const value of [
      '/config/secrets.yaml',
      '../../etc/passwd',
      'C:\\secrets',
      '~/x',
      '\\\\host\\share',
    ])
      expect(judgeServiceCall(call({ filename: value }), world), value).to.deep.include({
        decision: 'approve',
      });
    expect(judgeServiceCall(call({ entity: 'light.desk' }), world)).to.deep.equal({
      decision: 'approve',
      reasons: [{ kind: 'entity', field: 'data.entity', entity: 'Desk Lamp' }],
    });
    const outside = judgeServiceCall(call({ group_members: ['camera.bedroom'] }), world);
    expect(outside.decision).to.equal('refuse');
    expect(outside.decision === 'refuse' && outside.why).to.match(
      /data.group_members\[0\] names camera.bedroom, which is not exposed to you/,
    );
  });

  it('ordinary data runs at once; sensitive targets and the user’s own list wait; cameras are sensitive', () => {
    const plain = {
      brightness_pct: 40,
      color_name: 'warm white',
      transition: 2,
      rgb_color: [1, 2, 3],
    };
    expect(judgeServiceCall(call(plain, [lamp]), world)).to.deep.equal({ decision: 'allow' });
    const camera: PolicyEntity = { entity_id: 'camera.porch', domain: 'camera', name: 'Porch' };
    for (const [target, confirm] of [
      [camera, []],
      [{ entity_id: 'lock.front', domain: 'lock', name: 'Front' }, []],
      [{ entity_id: 'cover.gate', domain: 'cover', name: 'Gate', device_class: 'gate' }, []],
      [lamp, ['light']],
      [lamp, ['light.desk']],
    ] as const) {
      const verdict = judgeServiceCall(
        { domain: target.domain, service: 'turn_on', targets: [target], data: {} },
        { ...world, confirm },
      );
      expect(verdict, target.entity_id).to.deep.equal({
        decision: 'approve',
        reasons: [{ kind: 'sensitive', entities: [target.name] }],
      });
    }
  });

  it('refuses targets smuggled into data, calls without a target, and data too large to check', () => {
    expect(judgeServiceCall(call({ entity_id: 'lock.front' }), world).decision).to.equal('refuse');
    expect(judgeServiceCall(call({}, []), world).decision).to.equal('refuse');
    let deep: unknown = 'x';
    for (let i = 0; i < 12; i++) deep = { deep };
    expect(judgeServiceCall(call({ deep }), world)).to.deep.include({ decision: 'refuse' });
    const wide = { many: Array.from({ length: 3000 }, (_, i) => i) };
    expect(judgeServiceCall(call(wide), world)).to.deep.include({ decision: 'refuse' });
  });

  it('never lets an address through, whatever else the data holds (property)', () => {
    const scheme = fc.constantFrom('http', 'https', 'ftp', 'rtsp', 'ws', 'sftp', 'smb', 'gopher');
    const host = fc.stringMatching(/^[a-z]{1,10}\.[a-z]{2,5}$/);
    const address = fc
      .tuple(scheme, host, fc.stringMatching(/^[a-z0-9/]{0,12}$/))
      .map(([s, h, p]) => `${s}://${h}/${p}`);
    const filler = fc.oneof(fc.integer(), fc.boolean(), fc.constantFrom('on', 'off', 'music'));
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), filler, { maxKeys: 5 }),
        fc.stringMatching(/^[a-z_]{1,12}$/),
        address,
        (data, key, url) => {
          const verdict = judgeServiceCall(call({ ...data, [key]: url }), world);
          return verdict.decision !== 'allow';
        },
      ),
    );
  });
});

describe('guard: credentials in results', () => {
  it('removes tokens, signed addresses, bearer tokens and JSON web tokens, keeping the rest', () => {
    const attributes = {
      friendly_name: 'Porch',
      access_token: 'abcdef123456',
      entity_picture: '/api/camera_proxy/camera.porch?token=abcdef123456&width=300',
      nested: { refresh_token: 'r', api_key: 'k', password: 'p', note: 'Bearer abcdefghijkl' },
      stream:
        'https://cam.local/live?authSig=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJl',
      jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJl',
      brightness: 120,
      supported_features: 3,
    };
    const clean = scrubCredentials(attributes);
    expect(JSON.stringify(clean)).not.to.match(/abcdef123456|eyJ|abcdefghijkl/);
    expect(clean).to.deep.equal({
      friendly_name: 'Porch',
      access_token: REMOVED,
      entity_picture: `/api/camera_proxy/camera.porch?token=${REMOVED}&width=300`,
      nested: {
        refresh_token: REMOVED,
        api_key: REMOVED,
        password: REMOVED,
        note: `Bearer ${REMOVED}`,
      },
      stream: `https://cam.local/live?authSig=${REMOVED}`,
      jwt: REMOVED,
      brightness: 120,
      supported_features: 3,
    });
  });
});

describe('guard: times and ids from files', () => {
  it('takes real ISO times up to a day ahead, nothing else', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(timeProblem('2026-12-03T11:00:00.000Z', now)).to.equal(undefined);
    expect(timeProblem('2026-12-04T11:00:00+01:00', now)).to.equal(undefined);
    expect(timeProblem('2026-12-05T12:00:00Z', now)).to.match(/in the future/);
    expect(timeProblem('9999-12-31T23:59:59Z', now)).to.match(/in the future/);
    expect(timeProblem('+275760-09-13T00:00:00.000Z', now)).to.match(/not a time/);
    expect(timeProblem('Tue, 01 Dec 2026 10:00:00 GMT', now)).to.match(/not a time/);
    expect(
      badTimes({ a: { updated_at: '9999-01-01T00:00:00Z', title: '9999' } }, now),
    ).to.deep.equal(['a.updated_at: 9999-01-01T00:00:00Z is in the future']);
  });

  it('the page’s clock ignores a time far ahead (a year of 9999 would freeze every later stamp)', () => {
    let wall = Date.parse('2026-12-03T12:00:00Z');
    const clock = new Clock(() => wall);
    clock.observe('9999-01-01T00:00:00.000Z');
    clock.observe('+275760-09-13T00:00:00.000Z');
    expect(clock.now()).to.equal('2026-12-03T12:00:00.000Z');
    clock.observe('2026-12-03T13:00:00.000Z'); // another device an hour ahead: taken
    expect(clock.now()).to.equal('2026-12-03T13:00:00.001Z');
    wall += 1000;
    expect(() => clock.now()).not.to.throw();
  });

  it('refuses conversations from a file with odd ids, impossible times, or too large to store', () => {
    const entry: ConversationEntry = {
      id: 'c1',
      created_at: '2026-12-01T10:00:00.000Z',
      updated_at: '2026-12-01T10:00:00.000Z',
    };
    const doc: ConversationDoc = {
      version: 2,
      id: 'c1',
      messages: [
        {
          id: 'm1',
          role: 'user',
          content: 'hi',
          status: 'complete',
          created_at: '2026-12-01T10:00:00.000Z',
        },
      ],
    };
    expect(() => checkImportedConversations([{ entry, doc }])).not.to.throw();
    const bad = (e: ConversationEntry, d: ConversationDoc) => () =>
      checkImportedConversations([{ entry: e, doc: d }]);
    expect(bad({ ...entry, id: 'x'.repeat(81) }, { ...doc, id: 'x'.repeat(81) })).to.throw(
      SchemaError,
      /entry.id/,
    );
    expect(bad(entry, { ...doc, messages: [{ ...doc.messages[0]!, id: '../settings' }] })).to.throw(
      SchemaError,
      /messages.0.id/,
    );
    expect(
      bad(entry, {
        ...doc,
        messages: [{ ...doc.messages[0]!, updated_at: '9999-01-01T00:00:00Z' }],
      }),
    ).to.throw(SchemaError, /messages.0.updated_at: 9999/);
    const big = { ...doc, messages: [{ ...doc.messages[0]!, content: 'x'.repeat(3_100_000) }] };
    expect(bad(entry, big)).to.throw(SchemaError, /more than Home Assistant can store/);
  });

  it('counts the bytes Home Assistant receives', () => {
    expect(jsonBytes({ a: 'é€😀' })).to.equal(new TextEncoder().encode('{"a":"é€😀"}').length);
  });
});

describe('guard: where a key may go', () => {
  it('only to the origin and dialect it was saved for', () => {
    const saved = { base_url: 'https://api.openai.com/v1' };
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com/v1/' })).to.equal(true);
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com/other' })).to.equal(true);
    expect(keyMayGo(saved, { base_url: 'http://api.openai.com/v1' })).to.equal(false);
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com:8443/v1' })).to.equal(false);
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com.attacker.example/v1' })).to.equal(
      false,
    );
    // Sent another way (Azure's api-key header): not without typing it again.
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com/v1', dialect: 'azure' })).to.equal(
      false,
    );
    // Another server kind that sends it the same way: in the form yes, from a file no.
    expect(keyMayGo(saved, { base_url: 'https://api.openai.com/v1', dialect: 'litellm' })).to.equal(
      true,
    );
    expect(
      keyMayGo(saved, { base_url: 'https://api.openai.com/v1', dialect: 'litellm' }, true),
    ).to.equal(false);
    expect(keyMayGo(saved, { base_url: 'not a url' })).to.equal(false);
  });
});
