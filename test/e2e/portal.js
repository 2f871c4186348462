/*
 * A throw-away demo portal for the end-to-end flows of `npm test`: the
 * backend and the app's dev server on ports 7010 and 3010 (not those of
 * `npm start`), on SQLite in a new temp directory, with the demo history.
 *
 * The backend runs without `backstage-cli`'s file watcher, so that an edit
 * elsewhere in the tree cannot restart it in the middle of a flow. Each of
 * the two runs in its own process group, and stop() ends the whole group,
 * also when the run fails or is interrupted. restartBackend() starts the
 * backend again on the same database with another guest user, for the flow
 * that signs in as someone who is not a guild lead.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CONFIG_FILES = [
  path.join(ROOT, 'app-config.yaml'),
  path.join(__dirname, 'app-config.e2e.yaml'),
];
const APP_PORT = 3010;
const BACKEND_PORT = 7010;
const READY_TIMEOUT_MS = 240_000;
const RESTART_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 40;
/** Backstage reads APP_CONFIG_<path> over the config files. */
const GUEST_USER_VARIABLE = 'APP_CONFIG_auth_providers_guest_userEntityRef';

/** True when something accepts connections on localhost:port. */
function portAnswers(port) {
  return new Promise(resolve => {
    const socket = net.connect({ host: 'localhost', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The last lines of a log file, without terminal colours. */
function tail(file, lines = LOG_TAIL_LINES) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return '(no log)';
  }
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
  return plain.split('\n').slice(-lines).join('\n');
}

/** A GET with a deadline; undefined when nothing answered. */
async function get(url, headers = {}) {
  try {
    return await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  } catch {
    return undefined;
  }
}

/**
 * What the portal still lacks before the flows can run, or undefined when it
 * is ready: the backend's health, the app's page (the dev server answers it
 * once the bundle is built), the guest sign-in (as `guestUserRef`, when
 * given), and the demo history — the flows count reuse on top of it, and a
 * first recorded event would stop it from being written.
 */
async function missing(baseUrl, backendUrl, guestUserRef) {
  const health = await get(`${backendUrl}/api/ai-marketplace/health`);
  if (!health?.ok) {
    return `the backend's ${backendUrl}/api/ai-marketplace/health (${
      health?.status ?? 'no answer'
    })`;
  }
  const app = await get(`${baseUrl}/`);
  if (!app?.ok) {
    return `the app at ${baseUrl}/ (${app?.status ?? 'no answer'})`;
  }
  const refresh = await get(`${backendUrl}/api/auth/guest/refresh`, {
    'X-Requested-With': 'XMLHttpRequest',
  });
  if (!refresh?.ok) {
    return `the guest sign-in (${refresh?.status ?? 'no answer'})`;
  }
  const identity = (await refresh.json().catch(() => undefined))
    ?.backstageIdentity;
  const token = identity?.token;
  if (!token) {
    return 'the guest sign-in (its answer holds no token)';
  }
  const signedIn = identity.identity?.userEntityRef;
  if (guestUserRef && signedIn !== guestUserRef) {
    return `the guest sign-in as ${guestUserRef} (it signs in ${signedIn})`;
  }
  const assets = await get(
    `${backendUrl}/api/ai-marketplace/marketplace/assets`,
    {
      Authorization: `Bearer ${token}`,
    },
  );
  if (!assets?.ok) {
    return `GET /api/ai-marketplace/marketplace/assets (${
      assets?.status ?? 'no answer'
    })`;
  }
  const items = (await assets.json().catch(() => undefined))?.items ?? [];
  if (!items.some(item => item.reuseEvents > 0)) {
    return `the demo history (the marketplace lists ${items.length} assets, none with reuse yet)`;
  }
  return undefined;
}

/** Sends a signal to a whole process group; false when it is gone. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Ends the process groups of `entries`: SIGTERM, SIGKILL after the grace,
 * and resolves once they are gone (or a few seconds after the SIGKILL).
 */
async function endGroups(entries) {
  const gone = () => !entries.some(p => signalGroup(p.child.pid, 0));
  for (const p of entries) {
    signalGroup(p.child.pid, 'SIGTERM');
  }
  let deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline && !gone()) {
    await sleep(200);
  }
  for (const p of entries) {
    signalGroup(p.child.pid, 'SIGKILL');
  }
  deadline = Date.now() + 5000;
  while (Date.now() < deadline && !gone()) {
    await sleep(100);
  }
}

/**
 * Starts the portal and resolves once it is ready for the flows, with its
 * URLs, restartBackend() and stop(). Rejects — after stopping everything it
 * started — when a port is taken, a process exits, or it is not ready in
 * time; the message ends with the tails of both logs, which are kept in
 * their temp dir.
 */
async function startPortal({ timeoutMs = READY_TIMEOUT_MS } = {}) {
  const baseUrl = `http://localhost:${APP_PORT}`;
  const backendUrl = `http://localhost:${BACKEND_PORT}`;
  for (const port of [APP_PORT, BACKEND_PORT]) {
    if (await portAnswers(port)) {
      throw new Error(
        `port ${port} is in use: the e2e portal needs ports ${APP_PORT} and ${BACKEND_PORT} free (is another npm test running?)`,
      );
    }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-marketplace-e2e-'));
  const sqliteDir = path.join(dir, 'sqlite');
  fs.mkdirSync(sqliteDir);
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    AI_MARKETPLACE_E2E_SQLITE_DIR: sqliteDir,
    BROWSER: 'none',
  };
  // The flows start as the config's guest (sam.chen), whatever the shell says.
  delete env[GUEST_USER_VARIABLE];
  const configArgs = CONFIG_FILES.flatMap(file => ['--config', file]);
  const commands = {
    backend: {
      cwd: path.join(ROOT, 'packages/backend'),
      args: [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index',
        ...configArgs,
      ],
    },
    app: {
      cwd: path.join(ROOT, 'packages/app'),
      args: [
        require.resolve('@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...configArgs,
      ],
    },
  };

  /** Starts the backend or the app in a group of its own, appending to its log. */
  const launch = (name, extraEnv = {}) => {
    const { cwd, args } = commands[name];
    const log = path.join(dir, `${name}.log`);
    const out = fs.openSync(log, 'a');
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...env, ...extraEnv },
      detached: true,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    const entry = { name, log, child, exited: undefined };
    child.on('exit', (code, signal) => {
      entry.exited = signal ?? `code ${code}`;
    });
    return entry;
  };
  // restartBackend() replaces its entry in place, so that stop() and the
  // exit handler always end the processes that run now.
  const processes = [launch('backend'), launch('app')];

  const logs = () =>
    processes
      .map(p => `--- ${p.name} log (${p.log}), last lines:\n${tail(p.log)}`)
      .join('\n');

  const killNow = () => {
    for (const p of processes) {
      signalGroup(p.child.pid, 'SIGKILL');
    }
  };
  // The last resort when the process ends before stop() is done (Playwright,
  // for one, exits on Ctrl-C by itself): 'exit' allows no waiting, so the
  // groups are killed outright and the throw-away files removed.
  const onExit = () => {
    killNow();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  // Interrupted (Ctrl-C, CI cancelling): stop the portal, then end as the
  // signal would have.
  const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  const onSignal = signal => {
    console.error(`\n${signal}: stopping the e2e portal`);
    stop().finally(() => process.exit(128 + SIGNALS[signal]));
  };
  for (const signal of Object.keys(SIGNALS)) {
    process.on(signal, onSignal);
  }

  let stopping;
  function stop({ keepFiles = false } = {}) {
    stopping ??= (async () => {
      await endGroups(processes);
      killNow();
      process.removeListener('exit', onExit);
      for (const signal of Object.keys(SIGNALS)) {
        process.removeListener(signal, onSignal);
      }
      if (!keepFiles) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    })();
    return stopping;
  }

  /**
   * Resolves once missing() finds nothing lacking (the guest signing in as
   * `guestUserRef`, when given); rejects when a process exits or when
   * `timeoutMs` have passed. `what` says what the portal was to be.
   */
  async function waitUntilReady({ timeoutMs: limitMs, guestUserRef, what }) {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const exited = processes.find(p => p.exited);
      if (exited) {
        throw new Error(
          `the e2e portal's ${exited.name} exited (${exited.exited}) before it was ${what}`,
        );
      }
      const lacking = await missing(baseUrl, backendUrl, guestUserRef);
      if (!lacking) {
        return;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the e2e portal was not ${what} after ${Math.round(
            limitMs / 1000,
          )} s: still waiting for ${lacking}`,
        );
      }
      await sleep(1000);
    }
  }

  /**
   * Stops the backend and starts it again on the same database — catalog,
   * demo history and recorded events are kept — with the guest sign-in as
   * `guestUserRef` (as in the config when undefined); the app keeps
   * running. Resolves to { readyAfterMs } once the portal is ready again and
   * the guest signs in as that user. Rejects when the port stays taken, the
   * backend exits or it is not ready in time, after ending the new
   * backend's group; logs() then shows the tail of its log.
   */
  async function restartBackend({
    guestUserRef,
    timeoutMs: limitMs = RESTART_TIMEOUT_MS,
  } = {}) {
    if (stopping) {
      throw new Error('the e2e portal is stopping');
    }
    const started = Date.now();
    const index = processes.findIndex(p => p.name === 'backend');
    const { log } = processes[index];
    await endGroups([processes[index]]);
    if (await portAnswers(BACKEND_PORT)) {
      throw new Error(
        `port ${BACKEND_PORT} still answers after the backend's process group ended`,
      );
    }
    // Interrupted meanwhile: stop() has ended the old backend and must not
    // miss a new one.
    if (stopping) {
      throw new Error('the e2e portal is stopping');
    }
    const as = guestUserRef ? ` with the guest as ${guestUserRef}` : '';
    fs.appendFileSync(log, `\n--- e2e: the backend restarts${as} ---\n`);
    processes[index] = launch(
      'backend',
      guestUserRef ? { [GUEST_USER_VARIABLE]: guestUserRef } : {},
    );
    try {
      await waitUntilReady({
        timeoutMs: limitMs,
        guestUserRef,
        what: `ready again${as}`,
      });
    } catch (error) {
      await endGroups([processes[index]]);
      error.message += ` (the backend's log: ${log})`;
      throw error;
    }
    return { readyAfterMs: Date.now() - started };
  }

  const started = Date.now();
  try {
    await waitUntilReady({ timeoutMs, what: 'ready' });
  } catch (error) {
    error.message += `\n${logs()}`;
    await stop({ keepFiles: true });
    throw error;
  }

  return {
    baseUrl,
    backendUrl,
    dir,
    readyAfterMs: Date.now() - started,
    logs,
    restartBackend,
    stop,
  };
}

module.exports = { startPortal, APP_PORT, BACKEND_PORT };
