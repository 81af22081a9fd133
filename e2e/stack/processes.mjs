// Child processes that stop with us: each runs in its own process group, killed as a group on
// stop(), on SIGINT/SIGTERM and when this process exits.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';

const running = new Set();

function killGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) killGroup(child);
    process.exit(130);
  });
}

/** Starts `cmd` with its output in `logFile`; resolves nothing, returns { child, stop }. */
export function startProcess(name, cmd, args, { logFile, env, cwd } = {}) {
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log ?? process.stdout, { end: false });
  child.stderr.pipe(log ?? process.stderr, { end: false });
  running.add(child);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  exited.then(() => running.delete(child));
  return {
    name,
    child,
    exited,
    logFile,
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
      log?.end();
    },
  };
}

/** Polls `check` until it returns a truthy value; fails after `ms` or when `proc` exits. */
export async function waitFor(what, check, { ms = 120_000, proc, interval = 250 } = {}) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    if (proc && (proc.child.exitCode !== null || proc.child.signalCode !== null)) {
      const tail =
        proc.logFile && existsSync(proc.logFile)
          ? readFileSync(proc.logFile, 'utf8').slice(-1500)
          : '';
      throw new Error(
        `${proc.name} exited (${proc.child.exitCode ?? proc.child.signalCode}) while waiting for ${what}${tail ? `; its log ends:\n${tail}` : ''}`,
      );
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

const handedOut = new Set();

/** A free TCP port on loopback, never one this process handed out before (two services started
 * side by side must not be given the same port). */
export async function freePort() {
  const { createServer } = await import('node:net');
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: p } = server.address();
        server.close(() => resolve(p));
      });
    });
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}
