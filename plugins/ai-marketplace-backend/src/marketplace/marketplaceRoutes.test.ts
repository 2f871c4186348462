import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startOnOwnDatabase } from '../__testUtils__/startOnOwnDatabase';
import {
  loadMarketplaceDataset,
  PROMPTS,
  ROUTER,
  TRIAGE,
} from './__fixtures__/marketplaceDataset';

jest.setTimeout(60_000);

const SAM = 'user:default/sam.chen';
/** "Today": the default window is then 2026-11-01 … 2026-11-30. */
const NOW = new Date('2026-11-30T12:00:00Z');

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function startBackend(
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  return startOnOwnDatabase(databases, { permission });
}

describe('GET /marketplace/assets', () => {
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
    await loadMarketplaceDataset(allowed.knex, { curation: true });
    denied = await startBackend(AuthorizeResult.DENY);
  });

  afterAll(() => {
    jest.useRealTimers();
  });

  const get = (
    server: unknown,
    query: Record<string, string> = {},
    authorization = mockCredentials.user.header(SAM),
  ) =>
    request(server as Parameters<typeof request>[0])
      .get('/api/ai-marketplace/marketplace/assets')
      .query(query)
      .set('Authorization', authorization);

  it('lists every present asset with readiness, flags and reuse of the default window', async () => {
    const res = await get(allowed.server);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      items: [
        {
          entityRef: ROUTER,
          readinessLevel: null,
          readinessScore: null,
          featured: false,
          deprecated: false,
          firstSeenAt: '2026-11-10T00:00:00.000Z',
          reuseEvents: 0,
          consumingTeams: 0,
        },
        {
          entityRef: TRIAGE,
          readinessLevel: 'gold',
          readinessScore: 0.95,
          featured: true,
          deprecated: true,
          firstSeenAt: '2026-10-01T00:00:00.000Z',
          reuseEvents: 4,
          consumingTeams: 2,
        },
        {
          entityRef: PROMPTS,
          readinessLevel: null,
          readinessScore: 0.4,
          featured: false,
          deprecated: false,
          firstSeenAt: '2026-10-01T00:00:00.000Z',
          reuseEvents: 1,
          consumingTeams: 0,
        },
      ],
    });
  });

  it('counts reuse over the window asked for', async () => {
    const res = await get(allowed.server, {
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(res.status).toBe(200);
    expect(res.body.from).toBe('2026-10-01');
    const triage = res.body.items.find(
      (item: { entityRef: string }) => item.entityRef === TRIAGE,
    );
    expect(triage).toMatchObject({ reuseEvents: 1, consumingTeams: 1 });
  });

  it('answers 401 without credentials', async () => {
    const res = await get(allowed.server, {}, mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('answers 403 without the KPI read permission', async () => {
    const res = await get(denied.server);
    expect(res.status).toBe(403);
  });

  it.each([
    [{ from: '2026-13-01' }, /\bfrom: /],
    [{ to: 'yesterday' }, /\bto: /],
    [{ from: '2026-11-30', to: '2026-11-01' }, /^from/],
    [{ from: '2025-01-01', to: '2026-11-30' }, /^from/],
    [{ team: 'group:default/sales' }, /team/],
  ])('answers 400 naming the field for %j', async (query, message) => {
    const res = await get(allowed.server, query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });
});
