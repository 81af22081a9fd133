// Child processes that stop with us: each runs in its own process group, killed as a group on
// stop(), on SIGINT/SIGTERM and when this process exits. Each is also noted in .cache/run/, so
// that what a killed or crashed run left behind (nothing can run at SIGKILL) is stopped by the
// next one (reapLeftovers).
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const RUN_DIR = join(resolve(new URL('../..', import.meta.url).pathname), '.cache', 'run');

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

/** When the process started (clock ticks since boot, /proc/<pid>/stat field 22): with the pid,
 * it names one process, even after the pid is given to another. */
const startTimeOf = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
};

/**
 * Stops the process groups that runs no longer alive started (an `npm start` killed with
 * SIGKILL, a crashed test run), checking that each pid is still the process that was started.
 * Returns the names of what it stopped.
 */
export async function reapLeftovers() {
  if (!existsSync(RUN_DIR)) return [];
  const stopped = [];
  for (const file of readdirSync(RUN_DIR).filter((f) => f.endsWith('.json'))) {
    const path = join(RUN_DIR, file);
    let note;
    try {
      note = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      rmSync(path, { force: true });
      continue;
    }
    if (alive(note.owner)) continue;
    if (alive(note.pid) && startTimeOf(note.pid) === note.started) {
      killGroup({ pid: note.pid }, 'SIGTERM');
      for (let i = 0; i < 60 && alive(note.pid); i++) await new Promise((r) => setTimeout(r, 250));
      if (alive(note.pid)) killGroup({ pid: note.pid }, 'SIGKILL');
      stopped.push(note.name);
    }
    rmSync(path, { force: true });
  }
  return stopped;
}

const running = new Set();

function killGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const child of running) {
    killGroup(child, 'SIGKILL');
    rmSync(join(RUN_DIR, `${process.pid}-${child.pid}.json`), { force: true });
  }
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
  const note = join(RUN_DIR, `${process.pid}-${child.pid}.json`);
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(
    note,
    JSON.stringify({ owner: process.pid, pid: child.pid, name, started: startTimeOf(child.pid) }),
  );
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  exited.then(() => {
    running.delete(child);
    rmSync(note, { force: true });
  });
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
