import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { MarketplaceClient } from './MarketplaceClient';

const BASE = 'http://localhost:7007/api/ai-marketplace';
const server = setupServer();

describe('MarketplaceClient', () => {
  registerMswTestHooks(server);
  const client = new MarketplaceClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: new MockFetchApi(),
  });

  it('encodes path parts and sends bodies as JSON', async () => {
    let seen: { url?: string; body?: unknown } = {};
    server.use(
      http.post(`${BASE}/experiments/:id/finish`, async ({ request }) => {
        seen = { url: request.url, body: await request.json() };
        return HttpResponse.json({ id: 'a/b c', recorded: true });
      }),
    );
    await client.finishExperiment('a/b c', { outcome: 'adopted' });
    expect(seen.url).toBe(`${BASE}/experiments/a%2Fb%20c/finish`);
    expect(seen.body).toEqual({ outcome: 'adopted' });
  });

  it('puts defined query fields in the URL and leaves out the rest', async () => {
    let url = '';
    server.use(
      http.get(`${BASE}/kpis/reuse`, ({ request }) => {
        url = request.url;
        return HttpResponse.json({ assets: 3 });
      }),
    );
    const kpi = await client.getKpi('reuse', {
      from: '2026-10-01',
      team: 'group:default/sales',
      function: undefined,
      groupBy: 'team',
    });
    expect(kpi).toEqual({ assets: 3 });
    const params = new URL(url).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      from: '2026-10-01',
      team: 'group:default/sales',
      groupBy: 'team',
    });
  });

  it('lists the marketplace assets over a window', async () => {
    let url = '';
    const body = {
      from: '2026-11-01',
      to: '2026-11-30',
      items: [
        {
          entityRef: 'aiworkflow:default/ticket-triage',
          readinessLevel: 'gold',
          readinessScore: 0.95,
          featured: true,
          deprecated: false,
          firstSeenAt: '2026-10-01T00:00:00.000Z',
          reuseEvents: 4,
          consumingTeams: 2,
        },
      ],
    };
    server.use(
      http.get(`${BASE}/marketplace/assets`, ({ request }) => {
        url = request.url;
        return HttpResponse.json(body);
      }),
    );
    await expect(
      client.listMarketplaceAssets({ from: '2026-11-01', to: '2026-11-30' }),
    ).resolves.toEqual(body);
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('surfaces the backend error message and status', async () => {
    server.use(
      http.post(`${BASE}/reuse-events`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'team: you are not a member of group:default/sales',
            },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await expect(
      client.recordReuseEvent({
        id: 'e1',
        entityRef: 'aiworkflow:default/x',
        type: 'adopted',
        team: 'group:default/sales',
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
      body: {
        error: {
          message: expect.stringContaining('you are not a member'),
        },
      },
    });
  });
});
