/*
 * Marketplace page benchmark: the plugin's dev app, built for production,
 * opens the marketplace over 5,000 generated assets
 * (plugins/ai-marketplace/dev/generatedMarketplace.ts) in headless Chromium.
 * Measures the time until the card grid is interactive, how fast a facet
 * click and a search re-render, and the bundle size of the plugin.
 *
 * Run from the repository root:
 *
 *   npm run bench:marketplace [-- --runs 5 --screenshot grid.png]
 */
import fs from 'fs';
import http from 'http';
import { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { build, Metafile, Plugin } from 'esbuild';
import { chromium, Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const PLUGIN = path.join(ROOT, 'plugins/ai-marketplace');
const CHROMIUM = '/usr/bin/chromium';
const ASSETS = 5000;
const GOALS = { interactiveMs: 1500, facetMs: 200 };

/** Files of the marketplace page, for its share of the bundle. */
const PAGE_FILES =
  /plugins\/ai-marketplace\/src\/(components\/(MarketplacePage|MarketplaceFilters|MarketplaceToolbar|AssetCard|AssetGrid|AssetTable|AssetTeamLink)\/|lib\/marketplace\/|hooks\/(useMarketplace|useAssetHref))/;

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (bytes: Buffer) => zlib.gzipSync(bytes, { level: 9 }).length;

const BROWSER_DEFINES = {
  'process.env.NODE_ENV': '"production"',
  'process.env.HAS_REACT_DOM_CLIENT': 'true',
  'process.env.APP_CONFIG': 'undefined',
};

/**
 * The dev app loads `react-dom/client` with a dynamic import and looks for
 * `createRoot` on it; esbuild's chunk of a CommonJS module only has a
 * default export, so the dynamic import gets an ES module that names them.
 */
const reactDomClientNamedExports: Plugin = {
  name: 'react-dom-client-named-exports',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^react-dom\/client$/ }, args =>
      args.kind === 'dynamic-import'
        ? { path: 'react-dom/client', namespace: 'named-exports' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'named-exports' }, () => ({
      contents: "export { createRoot, hydrateRoot } from 'react-dom/client';",
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** The dev app, minified and split into chunks, as a production build would ship it. */
async function buildDevApp(outdir: string): Promise<Metafile> {
  const result = await build({
    entryPoints: { index: path.join(PLUGIN, 'dev/index.tsx') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    define: BROWSER_DEFINES,
    // Some packages read other process.env values at runtime.
    banner: { js: 'globalThis.process=globalThis.process||{env:{}};' },
    loader: {
      '.svg': 'dataurl',
      '.png': 'dataurl',
      '.woff': 'file',
      '.woff2': 'file',
      '.ttf': 'file',
      '.eot': 'file',
    },
    plugins: [reactDomClientNamedExports],
    metafile: true,
    logLevel: 'error',
  });
  return result.metafile;
}

/** The plugin's own code, dependencies left out, minified. */
async function buildPluginAlone(entry: string): Promise<Buffer> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    packages: 'external',
    define: BROWSER_DEFINES,
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

function bundleReport(outdir: string, metafile: Metafile) {
  let js = 0;
  let jsGzip = 0;
  let css = 0;
  let plugin = 0;
  let page = 0;
  let initial = 0;
  const entry = Object.entries(metafile.outputs).find(
    ([, output]) => output.entryPoint,
  );
  const initialFiles = new Set<string>();
  const visit = (file: string) => {
    if (initialFiles.has(file)) return;
    initialFiles.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  if (entry) visit(entry[0]);
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const contents = fs.readFileSync(path.resolve(file));
    if (file.endsWith('.js')) {
      js += output.bytes;
      jsGzip += gzip(contents);
      if (initialFiles.has(file)) initial += output.bytes;
    } else if (file.endsWith('.css')) {
      css += output.bytes;
    }
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (input.includes('plugins/ai-marketplace/src/'))
        plugin += bytesInOutput;
      if (PAGE_FILES.test(input)) page += bytesInOutput;
    }
  }
  return {
    js,
    jsGzip,
    css,
    plugin,
    page,
    initial,
    chunks: Object.keys(metafile.outputs).filter(f => f.endsWith('.js')).length,
    outdir,
  };
}

/** Serves the build, a page per route, and 404 for the backend it does not have. */
function serve(outdir: string): Promise<http.Server> {
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No backend in the bench' },
          response: { statusCode: 404 },
        }),
      );
      return;
    }
    const file = path.join(outdir, path.normalize(url.pathname));
    if (
      file.startsWith(outdir) &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile()
    ) {
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const base = `http://${req.headers.host}`;
    const config = [
      {
        context: 'bench',
        data: {
          app: { baseUrl: base, title: 'Marketplace bench' },
          backend: { baseUrl: base },
        },
      },
    ];
    const css = fs.existsSync(path.join(outdir, 'index.css'))
      ? '<link rel="stylesheet" href="/index.css">'
      : '';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html><head><meta charset="utf-8">
<title>Marketplace bench</title>${css}
<script type="backstage.io/config">${JSON.stringify(config)}</script>
</head><body><div id="root"></div><script type="module" src="/index.js"></script></body></html>`);
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve(server)),
  );
}

declare global {
  interface Window {
    __firstCard?: number;
    __gridIdle?: number;
  }
}

/** Clicks, types or selects in the page and times the re-render of the result count. */
async function timeChange(
  page: Page,
  action: 'click' | 'type',
  selector: { group?: string; option?: RegExp; text?: string },
): Promise<{ dom: number; frame: number }> {
  const target = selector.group
    ? page
        .getByRole('group', { name: selector.group })
        .getByRole('checkbox', { name: selector.option })
    : page.getByRole('searchbox', { name: 'Search AI assets' });
  const handle = await target.first().elementHandle();
  return page.evaluate(
    async ({ element, kind, text }) => {
      const input = element as HTMLInputElement;
      const status = [...document.querySelectorAll('[role="status"]')].find(
        node => /AI assets/.test(node.textContent ?? ''),
      )!;
      const before = status.textContent;
      let dom = 0;
      const changed = new Promise<void>(resolve => {
        const observer = new MutationObserver(() => {
          if (status.textContent !== before) {
            dom = performance.now();
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const start = performance.now();
      if (kind === 'click') {
        input.click();
      } else {
        // Sets the value the way typing does, so React's onChange sees it.
        Object.getOwnPropertyDescriptor(
          HTMLInputElement.prototype,
          'value',
        )!.set!.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await changed;
      // The next frame after the change: the re-render has been painted.
      await new Promise(resolve =>
        requestAnimationFrame(() => setTimeout(resolve, 0)),
      );
      return { dom: dom - start, frame: performance.now() - start };
    },
    { element: handle, kind: action, text: selector.text ?? '' },
  );
}

async function main() {
  const runs = argument('runs', 5);
  const shotAt = process.argv.indexOf('--screenshot');
  const screenshot =
    shotAt > 0 ? path.resolve(process.argv[shotAt + 1]) : undefined;
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium`);
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'marketplace-bench-'));
  console.log(`building the dev app for production into ${outdir} …`);
  const buildStart = Date.now();
  const metafile = await buildDevApp(outdir);
  const bundle = bundleReport(outdir, metafile);
  const pageAlone = await buildPluginAlone(
    path.join(PLUGIN, 'src/components/MarketplacePage/index.ts'),
  );
  const pluginAlone = await buildPluginAlone(path.join(PLUGIN, 'src/index.ts'));
  console.log(`built in ${Date.now() - buildStart} ms`);

  const server = await serve(outdir);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const browserVersion = browser.version();
  const loads: Array<Record<string, number>> = [];
  const facetClicks: Array<{ dom: number; frame: number }> = [];
  const searches: Array<{ dom: number; frame: number }> = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      await context.addInitScript(() => {
        // The dev app signs in as a guest without a backend.
        localStorage.setItem('enableLegacyGuestToken', 'true');
        localStorage.setItem('@backstage/core:SignInPage:provider', 'guest');
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="asset-card"]')) {
            observer.disconnect();
            window.__firstCard = performance.now();
            setTimeout(() => {
              window.__gridIdle = performance.now();
            }, 0);
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', error => errors.push(String(error)));
      page.on('console', message => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${port}/marketplace-5000`);
      await page
        .waitForFunction(() => window.__gridIdle !== undefined, null, {
          timeout: 60_000,
        })
        .catch(async error => {
          const shot = path.join(os.tmpdir(), 'marketplace-bench-failure.png');
          await page.screenshot({ path: shot });
          throw new Error(
            `No asset card appeared (screenshot: ${shot}); page errors:\n${errors.join(
              '\n',
            )}\n${error}`,
          );
        });
      const load = await page.evaluate(() => {
        const nav = performance.getEntriesByType(
          'navigation',
        )[0] as PerformanceNavigationTiming;
        const catalog = performance.getEntriesByName(
          'marketplace:catalog-request',
        )[0];
        return {
          cards: document.querySelectorAll('[data-testid="asset-card"]').length,
          domContentLoaded: nav.domContentLoadedEventEnd,
          catalogRequest: catalog?.startTime ?? NaN,
          firstCard: window.__firstCard!,
          interactive: window.__gridIdle!,
        };
      });
      loads.push(load);

      if (run === 0 && screenshot) {
        await page.screenshot({ path: screenshot });
      }
      // Choose and unchoose a kind, then narrow by risk and function.
      facetClicks.push(
        await timeChange(page, 'click', {
          group: 'Kind',
          option: /^Prompt library/,
        }),
      );
      facetClicks.push(
        await timeChange(page, 'click', {
          group: 'Kind',
          option: /^Prompt library/,
        }),
      );
      facetClicks.push(
        await timeChange(page, 'click', {
          group: 'Risk tier',
          option: /^high/,
        }),
      );
      facetClicks.push(await timeChange(page, 'click', { group: 'Function' }));
      searches.push(await timeChange(page, 'type', { text: 'ticket triage' }));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }

  const loadMedian = (key: string) => median(loads.map(l => l[key]));
  const interactive = loadMedian('interactive');
  const facet = median(facetClicks.map(c => c.frame));
  const facetWorst = Math.max(...facetClicks.map(c => c.frame));
  const lines = [
    `${ASSETS} generated assets, ${runs} cold page loads (headless Chromium ${browserVersion}, ${
      os.cpus().length
    } CPUs: ${os.cpus()[0]?.model ?? 'unknown'})`,
    `grid interactive (navigation start → first card rendered and main thread free), median: ${interactive.toFixed(
      0,
    )} ms  [goal ≤ ${GOALS.interactiveMs} ms: ${
      interactive <= GOALS.interactiveMs ? 'met' : 'MISSED'
    }]`,
    `  DOMContentLoaded ${loadMedian('domContentLoaded').toFixed(
      0,
    )} ms, catalog request ${loadMedian('catalogRequest').toFixed(
      0,
    )} ms, first card ${loadMedian('firstCard').toFixed(
      0,
    )} ms; cards on the first page: ${loads[0]?.cards}`,
    `  catalog response → grid interactive (the page's own work on 5,000 assets), median: ${median(
      loads.map(l => l.interactive - l.catalogRequest),
    ).toFixed(0)} ms`,
    `  per run: ${loads.map(l => l.interactive.toFixed(0)).join(', ')} ms`,
    `facet click → re-rendered and painted, median of ${
      facetClicks.length
    }: ${facet.toFixed(0)} ms, worst ${facetWorst.toFixed(
      0,
    )} ms (DOM updated: median ${median(facetClicks.map(c => c.dom)).toFixed(
      0,
    )} ms)  [goal ≤ ${GOALS.facetMs} ms: ${
      facetWorst <= GOALS.facetMs
        ? 'met'
        : facet <= GOALS.facetMs
        ? 'met by the median'
        : 'MISSED'
    }]`,
    `search "ticket triage" → results painted, median of ${
      searches.length
    }: ${median(searches.map(s => s.frame)).toFixed(0)} ms`,
    `bundle (dev app, esbuild production build, minified): ${
      bundle.chunks
    } JS chunks, ${kb(bundle.js)} JS (${kb(bundle.jsGzip)} gzip), ${kb(
      bundle.css,
    )} CSS; loaded before first render: ${kb(bundle.initial)}`,
    `  of which plugins/ai-marketplace/src: ${kb(
      bundle.plugin,
    )}; the marketplace page's own files: ${kb(bundle.page)}`,
    `plugin alone (dependencies external, minified): MarketplacePage ${kb(
      pageAlone.length,
    )} (${kb(
      gzip(pageAlone),
    )} gzip); whole plugin entry with its lazy cards ${kb(
      pluginAlone.length,
    )} (${kb(gzip(pluginAlone))} gzip)`,
  ];
  console.log(lines.join('\n'));
  fs.rmSync(outdir, { recursive: true, force: true });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
