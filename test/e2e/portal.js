/*
 * A throw-away demo portal for the end-to-end flows of `npm test`: the
 * backend and the app's dev server on ports 7010 and 3010 (not those of
 * `npm start`), on SQLite in a new temp directory, with the demo history.
 *
 * The backend runs without `backstage-cli`'s file watcher, so that an edit
 * elsewhere in the tree cannot restart it in the middle of a flow. Each of
 * the two runs in its own process group, and stop() ends the whole group,
 * also when the run fails or is interrupted.
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
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 40;

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
 * once the bundle is built), and the demo history — the flows count reuse
 * on top of it, and a first recorded event would stop it from being written.
 */
async function missing(baseUrl, backendUrl) {
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
  const token = (await refresh.json().catch(() => undefined))?.backstageIdentity
    ?.token;
  if (!token) {
    return 'the guest sign-in (its answer holds no token)';
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

/**
 * Starts the portal and resolves once it is ready for the flows, with its
 * URLs and stop(). Rejects — after stopping everything it started — when a
 * port is taken, a process exits, or it is not ready in time; the message
 * ends with the tails of both logs, which are kept in their temp dir.
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
  const configArgs = CONFIG_FILES.flatMap(file => ['--config', file]);
  const processes = [
    {
      name: 'backend',
      cwd: path.join(ROOT, 'packages/backend'),
      args: [
        '--enable-source-maps',
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index',
        ...configArgs,
      ],
    },
    {
      name: 'app',
      cwd: path.join(ROOT, 'packages/app'),
      args: [
        require.resolve('@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...configArgs,
      ],
    },
  ].map(({ name, cwd, args }) => {
    const log = path.join(dir, `${name}.log`);
    const out = fs.openSync(log, 'a');
    const child = spawn(process.execPath, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    const entry = { name, log, child, exited: undefined };
    child.on('exit', (code, signal) => {
      entry.exited = signal ?? `code ${code}`;
    });
    return entry;
  });

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
      for (const p of processes) {
        signalGroup(p.child.pid, 'SIGTERM');
      }
      const deadline = Date.now() + STOP_GRACE_MS;
      while (
        Date.now() < deadline &&
        processes.some(p => signalGroup(p.child.pid, 0))
      ) {
        await new Promise(resolve => setTimeout(resolve, 200));
      }
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

  const started = Date.now();
  const deadline = started + timeoutMs;
  let lacking;
  try {
    for (;;) {
      const exited = processes.find(p => p.exited);
      if (exited) {
        throw new Error(
          `the e2e portal's ${exited.name} exited (${exited.exited}) before it was ready`,
        );
      }
      lacking = await missing(baseUrl, backendUrl);
      if (!lacking) {
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the e2e portal was not ready after ${Math.round(
            timeoutMs / 1000,
          )} s: still waiting for ${lacking}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
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
    stop,
  };
}

module.exports = { startPortal, APP_PORT, BACKEND_PORT };
