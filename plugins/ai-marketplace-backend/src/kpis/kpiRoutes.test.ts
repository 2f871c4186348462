import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startOnOwnDatabase } from '../__testUtils__/startOnOwnDatabase';
import {
  loadKpiDataset,
  PLATFORM_TEAM,
  SUPPORT,
  SUPPORT_GUILD,
  TRIAGE,
} from './__fixtures__/kpiDataset';

jest.setTimeout(60_000);

const SAM = 'user:default/sam.chen';
/** "Today": the default window is then 2026-11-01 … 2026-11-30. */
const NOW = new Date('2026-11-30T12:00:00Z');

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function startBackend(
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  return startOnOwnDatabase(databases, {
    permission,
    config: { aiMarketplace: { coordinationGroups: ['ai-platform'] } },
  });
}

/** Every KPI route with one number of the dataset's November (see kpis.test.ts). */
const ROUTES: Array<[string, (body: any) => unknown, unknown]> = [
  [
    '/kpis/reuse',
    body => [body.assets, body.reusedAssets, body.rate],
    [8, 4, 0.5],
  ],
  ['/kpis/reuse-matrix', body => body.totals.crossTeamEvents, 9],
  ['/kpis/top-assets', body => body.items[0].entityRef, TRIAGE],
  ['/kpis/lineage', body => body.derivations, 4],
  ['/kpis/time-to-first-experiment', body => body.medianDays, 30],
  ['/kpis/self-serve', body => body.rate, 4 / 6],
  ['/kpis/knowledge-capture', body => body.rate, 0.5],
  [
    '/kpis/ownership-concentration',
    body => [body.coordinationGroups, body.share],
    [[PLATFORM_TEAM], 1 / 6],
  ],
  ['/kpis/eval-gates', body => body.totals.failing, 2],
  ['/kpis/error-budgets', body => body.totals.exceeded, 1],
  ['/kpis/summary', body => body.reuse.reusedAssets, 4],
];
const PATHS = ROUTES.map(([path]) => path);

describe('KPI routes', () => {
  let allowed: Awaited<ReturnType<typeof startBackend>>;
  let denied: Awaited<ReturnType<typeof startBackend>>;

  beforeAll(async () => {
    // Only the clock is pinned; timers run as usual.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
      ],
    });
    allowed = await startBackend(AuthorizeResult.ALLOW);
    await loadKpiDataset(allowed.knex);
    denied = await startBackend(AuthorizeResult.DENY);
  });

  afterAll(() => {
    jest.useRealTimers();
  });

  const get = (
    server: unknown,
    path: string,
    query: Record<string, string | string[]> = {},
    authorization = mockCredentials.user.header(SAM),
  ) =>
    request(server as Parameters<typeof request>[0])
      .get(`/api/ai-marketplace${path}`)
      .query(query)
      .set('Authorization', authorization);

  it.each(ROUTES)(
    'serves %s over the last 30 days by default',
    async (path, pick, expected) => {
      const res = await get(allowed.server, path);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
      expect(pick(res.body)).toEqual(expected);
    },
  );

  it.each(PATHS)('answers %s to a service too', async path => {
    const res = await get(
      allowed.server,
      path,
      {},
      mockCredentials.service.header(),
    );
    expect(res.status).toBe(200);
  });

  it.each(PATHS)('answers %s with 401 without credentials', async path => {
    const res = await get(
      allowed.server,
      path,
      {},
      mockCredentials.none.header(),
    );
    expect(res.status).toBe(401);
  });

  it.each(PATHS)('answers %s with 403 without the permission', async path => {
    const res = await get(denied.server, path);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('ai-marketplace.kpi.read');
  });

  it.each<[string, string, Record<string, string | string[]>, string]>([
    ['a date that is not one', '/kpis/reuse', { from: '2026-13-01' }, 'from: '],
    ['a bad to', '/kpis/summary', { to: '30/11/2026' }, 'to: '],
    [
      'from after to',
      '/kpis/self-serve',
      { from: '2026-11-10', to: '2026-11-01' },
      'from: 2026-11-10 is after to: 2026-11-01',
    ],
    [
      'a window over a year',
      '/kpis/lineage',
      { from: '2025-01-01', to: '2026-11-01' },
      'from: the window may span at most 366 days',
    ],
    ['an unknown groupBy', '/kpis/reuse', { groupBy: 'owner' }, 'groupBy: '],
    ['a limit of 0', '/kpis/top-assets', { limit: '0' }, 'limit: '],
    ['a limit over 100', '/kpis/top-assets', { limit: '101' }, 'limit: '],
    [
      'a limit that is not a number',
      '/kpis/reuse-matrix',
      { limit: 'ten' },
      'limit: ',
    ],
    ['a fractional limit', '/kpis/eval-gates', { limit: '2.5' }, 'limit: '],
    ['a limit over 1,000', '/kpis/error-budgets', { limit: '1001' }, 'limit: '],
    ['a limit where there is none', '/kpis/reuse', { limit: '5' }, '"limit"'],
    [
      'an unknown field',
      '/kpis/knowledge-capture',
      { owner: 'sales' },
      '"owner"',
    ],
    [
      'a groupBy where there is none',
      '/kpis/summary',
      { groupBy: 'team' },
      '"groupBy"',
    ],
    [
      'a malformed team',
      '/kpis/ownership-concentration',
      { team: 'group:' },
      'team: ',
    ],
    ['a malformed guild', '/kpis/reuse', { guild: 'group:' }, 'guild: '],
    [
      'a function that is not a slug',
      '/kpis/time-to-first-experiment',
      { function: 'Sales Ops' },
      'function: ',
    ],
    [
      'a team given twice',
      '/kpis/reuse-matrix',
      { team: ['sales', 'legal'] },
      'team: ',
    ],
  ])(
    'answers 400 naming the field for %s',
    async (_what, path, query, message) => {
      const res = await get(allowed.server, path, query);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('filters by team (short refs normalised), function and guild, and echoes them', async () => {
    const byTeam = await get(allowed.server, '/kpis/reuse', {
      team: 'customer-support',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(byTeam.body).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      team: SUPPORT,
      assets: 3,
      reusedAssets: 3,
      rate: 1,
      events: 9,
    });
    const byFunction = await get(allowed.server, '/kpis/reuse', {
      function: 'sales',
    });
    expect(byFunction.body).toMatchObject({
      function: 'sales',
      assets: 1,
      reusedAssets: 0,
    });
    const byGuild = await get(allowed.server, '/kpis/top-assets', {
      guild: 'support-automation-guild',
      limit: '1',
    });
    expect(byGuild.body.guild).toBe(SUPPORT_GUILD);
    expect(byGuild.body.items.map((i: any) => i.entityRef)).toEqual([TRIAGE]);
    const experimentsOfTeam = await get(allowed.server, '/kpis/self-serve', {
      team: 'sales',
    });
    expect(experimentsOfTeam.body).toMatchObject({
      experiments: 3,
      selfServe: 2,
    });
  });

  it('groups cross-team reuse by team, function or guild', async () => {
    const res = await get(allowed.server, '/kpis/reuse', { groupBy: 'team' });
    expect(res.body.groupBy).toBe('team');
    expect(res.body.groups[0]).toEqual({
      group: SUPPORT,
      assets: 3,
      reusedAssets: 3,
      rate: 1,
      events: 9,
    });
  });

  it('follows the window', async () => {
    const october = await get(allowed.server, '/kpis/reuse', {
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(october.body).toMatchObject({ assets: 6, reusedAssets: 2 });
  });

  it('limits the lists', async () => {
    const res = await get(allowed.server, '/kpis/reuse-matrix', { limit: '2' });
    expect(res.body.cells).toHaveLength(2);
    expect(res.body.totals.cells).toBe(5);
  });
});
