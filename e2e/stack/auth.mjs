// Onboarding and logging in through Home Assistant's own HTTP API, no browser; websocket
// connections as a given user (home-assistant-js-websocket, on Node's WebSocket).
import { Auth, createConnection } from 'home-assistant-js-websocket';

const json = async (response, what) => {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
};

async function token(haUrl, code) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    client_id: `${haUrl}/`,
  });
  const tokens = await json(await fetch(`${haUrl}/auth/token`, { method: 'POST', body }), 'token');
  return {
    ...tokens,
    hassUrl: haUrl,
    clientId: `${haUrl}/`,
    expires: Date.now() + tokens.expires_in * 1000,
  };
}

/** Creates the owner (if onboarding is not done yet) and finishes every onboarding step. */
export async function onboard(haUrl, { name = 'Demo', username = 'demo', password = 'demo' } = {}) {
  const status = await fetch(`${haUrl}/api/onboarding`);
  // Onboarding finished on an earlier start: Home Assistant no longer serves it.
  if (status.status === 404) return login(haUrl, username, password);
  const steps = await json(status, 'onboarding status');
  const userStep = steps.find((s) => s.step === 'user');
  if (userStep?.done) return login(haUrl, username, password);
  const { auth_code } = await json(
    await fetch(`${haUrl}/api/onboarding/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: `${haUrl}/`, name, username, password, language: 'en' }),
    }),
    'onboarding user',
  );
  const tokens = await token(haUrl, auth_code);
  const authHeaders = {
    authorization: `Bearer ${tokens.access_token}`,
    'content-type': 'application/json',
  };
  for (const step of steps.filter((s) => !s.done && s.step !== 'user').map((s) => s.step)) {
    const body =
      step === 'integration'
        ? { client_id: `${haUrl}/`, redirect_uri: `${haUrl}/?auth_callback=1` }
        : {};
    await json(
      await fetch(`${haUrl}/api/onboarding/${step}`, {
        method: 'POST',
        headers: authHeaders,
        body: JSON.stringify(body),
      }),
      `onboarding ${step}`,
    );
  }
  return tokens;
}

/** Logs in with a username and password through the login flow, as the login page does. */
export async function login(haUrl, username, password) {
  const start = await json(
    await fetch(`${haUrl}/auth/login_flow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: `${haUrl}/`,
        handler: ['homeassistant', null],
        redirect_uri: `${haUrl}/?auth_callback=1`,
      }),
    }),
    'login flow',
  );
  const result = await json(
    await fetch(`${haUrl}/auth/login_flow/${start.flow_id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: `${haUrl}/`, username, password }),
    }),
    'login',
  );
  if (result.type !== 'create_entry')
    throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors ?? result)}`);
  return token(haUrl, result.result);
}

/** A websocket connection as the user the tokens belong to. Needs a global WebSocket. */
export async function connect(haUrl, tokens) {
  if (typeof WebSocket === 'undefined')
    throw new Error('run node with --experimental-websocket (Node 20) for a global WebSocket');
  const auth = new Auth({ ...tokens, hassUrl: haUrl, clientId: `${haUrl}/` });
  return createConnection({ auth });
}

/** Creates a user that can log in with a password (admin or not), as an admin. */
export async function createUser(conn, { name, username, password, admin = false }) {
  const { user } = await conn.sendMessagePromise({
    type: 'config/auth/create',
    name,
    group_ids: [admin ? 'system-admin' : 'system-users'],
    local_only: false,
  });
  await conn.sendMessagePromise({
    type: 'config/auth_provider/homeassistant/create',
    user_id: user.id,
    username,
    password,
  });
  return user;
}

/** The second user of the suites: no administrator. */
export const GUEST = { name: 'Guest', username: 'guest', password: 'guest-password' };

/** Creates the guest (as the owner, on `stack.conn`) and runs `work` on the guest's own
 * websocket, closed after. */
export async function asGuest(stack, work) {
  await createUser(stack.conn, GUEST);
  const conn = await connect(
    stack.ha.url,
    await login(stack.ha.url, GUEST.username, GUEST.password),
  );
  try {
    return await work(conn);
  } finally {
    conn.close();
  }
}
