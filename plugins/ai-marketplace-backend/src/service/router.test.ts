import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { ROUTE_TEST_ENTITIES } from '../__testUtils__/routeTestEntities';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

const SAM = 'user:default/sam.chen';

const entities = ROUTE_TEST_ENTITIES;

const NOW = new Date('2026-11-21T12:00:00Z');

async function startBackend(
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return startMarketplaceBackend({
    now: NOW,
    catalog: catalogServiceMock.factory({ entities }),
    permissions: mockServices.permissions.factory({ result: permission }),
  });
}

const event = (overrides: Record<string, unknown> = {}) => ({
  id: 'evt-1',
  entityRef: 'aiworkflow:default/sales-inbox-triage',
  type: 'adopted',
  team: 'group:default/customer-support',
  occurredAt: '2026-11-20T09:30:00Z',
  ...overrides,
});

afterEach(() => {
  jest.useRealTimers();
});

describe('router', () => {
  it('answers /health without credentials', async () => {
    const { server } = await startBackend();
    const res = await request(server).get('/api/ai-marketplace/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  describe('POST /reuse-events', () => {
    it('records an event for one of the caller groups, attributed to the caller, and audits it', async () => {
      const { server, auditEvents } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send(event());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ recorded: 1, replayed: 0 });
      expect(auditEvents).toEqual([
        { eventId: 'reuse-events-record', outcome: 'success' },
      ]);

      const summary = await request(server)
        .get('/api/ai-marketplace/reuse/summary')
        .query({
          entityRef: 'aiworkflow:default/sales-inbox-triage',
          from: '2026-11-01',
          to: '2026-11-21',
        })
        .set('Authorization', mockCredentials.user.header(SAM));
      expect(summary.status).toBe(200);
      expect(summary.body).toMatchObject({
        total: 1,
        byType: { adopted: 1, viewed: 0 },
        teams: [
          {
            teamRef: 'group:default/customer-support',
            events: 1,
            isOwner: false,
          },
        ],
        consumingTeams: 1,
        trend: [{ period: '2026-11-20', events: 1 }],
      });
    });

    it('replays an id idempotently (200, nothing new)', async () => {
      const { server } = await startBackend();
      const send = () =>
        request(server)
          .post('/api/ai-marketplace/reuse-events')
          .set('Authorization', mockCredentials.user.header(SAM))
          .send(event());
      expect((await send()).status).toBe(201);
      const replay = await send();
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual({ recorded: 0, replayed: 1 });
    });

    it('replays an event the server timed, even when the retry comes later', async () => {
      const { server } = await startBackend();
      const send = () =>
        request(server)
          .post('/api/ai-marketplace/reuse-events')
          .set('Authorization', mockCredentials.user.header(SAM))
          .send(event({ occurredAt: undefined }));
      expect((await send()).status).toBe(201);
      jest.setSystemTime(new Date(NOW.getTime() + 60_000));
      const retry = await send();
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ recorded: 0, replayed: 1 });
    });

    it('answers 409 when an id is reused for a different event', async () => {
      const { server } = await startBackend();
      const post = (body: object) =>
        request(server)
          .post('/api/ai-marketplace/reuse-events')
          .set('Authorization', mockCredentials.user.header(SAM))
          .send(body);
      await post(event());
      const res = await post(event({ type: 'forked' }));
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('evt-1');
    });

    it('answers 401 without credentials', async () => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.none.header())
        .send(event());
      expect(res.status).toBe(401);
    });

    it('answers 403 to a service (only users act for teams)', async () => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.service.header())
        .send(event());
      expect(res.status).toBe(403);
    });

    it('answers 403 without the permission, and audits the failure', async () => {
      const { server, auditEvents } = await startBackend(AuthorizeResult.DENY);
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send(event());
      expect(res.status).toBe(403);
      expect(auditEvents).toEqual([
        { eventId: 'reuse-events-record', outcome: 'fail' },
      ]);
    });

    it('answers 403 when the team is not one of the caller groups', async () => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send(event({ team: 'sales' }));
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'events[0].team: you are not a member of group:default/sales, so you cannot act for it',
      );
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an unknown type', { type: 'liked' }, 'type: '],
      ['a missing id', { id: undefined }, 'id: '],
      ['an id with spaces', { id: 'my event' }, 'id: must be 1-64 characters'],
      [
        'a time that is not ISO-8601',
        { occurredAt: 'yesterday' },
        'occurredAt: ',
      ],
      ['an unknown field', { user: 'user:default/someone-else' }, 'user'],
      [
        'a time in the future',
        { occurredAt: '2026-12-24T00:00:00Z' },
        'events[0].occurredAt: 2026-12-24T00:00:00Z is in the future',
      ],
      [
        'an entity that is not in the catalog',
        { entityRef: 'aiworkflow:default/nope' },
        'events[0].entityRef: "aiworkflow:default/nope" is not an AIWorkflow or PromptLibrary',
      ],
      [
        'an entity of another kind',
        { entityRef: 'component:default/billing-api' },
        'events[0].entityRef',
      ],
      [
        'a prompt id on a workflow',
        { promptId: 'first-response' },
        'events[0].promptId: only a PromptLibrary has prompts',
      ],
      [
        'a prompt the library does not have',
        {
          entityRef: 'promptlibrary:default/support-prompts',
          promptId: 'nope',
        },
        'events[0].promptId: "nope" is not a prompt',
      ],
      [
        'a malformed entity ref',
        { entityRef: 'aiworkflow:' },
        'events[0].entityRef',
      ],
    ])(
      'answers 400 naming the field for %s',
      async (_what, overrides, message) => {
        const { server } = await startBackend();
        const res = await request(server)
          .post('/api/ai-marketplace/reuse-events')
          .set('Authorization', mockCredentials.user.header(SAM))
          .send(event(overrides));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(message);
      },
    );

    it('records a copied prompt of a library', async () => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send(
          event({
            entityRef: 'promptlibrary:default/support-prompts',
            promptId: 'first-response',
            type: 'copied',
          }),
        );
      expect(res.status).toBe(201);
    });
  });

  describe('POST /reuse-events/batch', () => {
    it('records up to 1,000 events in one call', async () => {
      const { server } = await startBackend();
      const events = Array.from({ length: 1000 }, (_, i) =>
        event({ id: `b-${i}`, type: i % 2 ? 'viewed' : 'invoked' }),
      );
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events/batch')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send({ events });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ recorded: 1000, replayed: 0 });
    });

    it('answers 400 for more than 1,000 events, or none', async () => {
      const { server } = await startBackend();
      const post = (events: object[]) =>
        request(server)
          .post('/api/ai-marketplace/reuse-events/batch')
          .set('Authorization', mockCredentials.user.header(SAM))
          .send({ events });
      const tooMany = await post(
        Array.from({ length: 1001 }, (_, i) => event({ id: `b-${i}` })),
      );
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toContain('events: ');
      expect((await post([])).status).toBe(400);
    });

    it('names the offending event and stores nothing of a bad batch', async () => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/ai-marketplace/reuse-events/batch')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send({
          events: [event({ id: 'ok' }), event({ id: 'bad', type: 'liked' })],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('events[1].type');
      const summary = await request(server)
        .get('/api/ai-marketplace/reuse/summary')
        .query({ entityRef: 'aiworkflow:default/sales-inbox-triage' })
        .set('Authorization', mockCredentials.user.header(SAM));
      expect(summary.body.total).toBe(0);
    });

    it('answers 401 without credentials and 403 without permission', async () => {
      const open = await startBackend();
      expect(
        (
          await request(open.server)
            .post('/api/ai-marketplace/reuse-events/batch')
            .set('Authorization', mockCredentials.none.header())
            .send({ events: [event()] })
        ).status,
      ).toBe(401);
      const denied = await startBackend(AuthorizeResult.DENY);
      expect(
        (
          await request(denied.server)
            .post('/api/ai-marketplace/reuse-events/batch')
            .set('Authorization', mockCredentials.user.header(SAM))
            .send({ events: [event()] })
        ).status,
      ).toBe(403);
    });
  });

  describe('GET /reuse/summary', () => {
    const get = (server: any, query: Record<string, string>) =>
      request(server)
        .get('/api/ai-marketplace/reuse/summary')
        .query(query)
        .set('Authorization', mockCredentials.user.header(SAM));

    it('marks the owner team and groups the trend by week', async () => {
      const { server } = await startBackend();
      await request(server)
        .post('/api/ai-marketplace/reuse-events/batch')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send({
          events: [
            event({
              id: 'a',
              entityRef: 'promptlibrary:default/support-prompts',
              occurredAt: '2026-11-16T10:00:00Z',
            }),
            event({
              id: 'b',
              entityRef: 'promptlibrary:default/support-prompts',
              occurredAt: '2026-11-18T10:00:00Z',
            }),
            event({
              id: 'c',
              entityRef: 'promptlibrary:default/support-prompts',
              occurredAt: '2026-11-15T10:00:00Z',
            }),
          ],
        });
      const res = await get(server, {
        entityRef: 'promptlibrary:default/support-prompts',
        from: '2026-11-01',
        to: '2026-11-21',
        interval: 'week',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        total: 3,
        teams: [
          {
            teamRef: 'group:default/customer-support',
            events: 3,
            isOwner: true,
          },
        ],
        consumingTeams: 0,
        // 2026-11-15 is a Sunday: its week starts Monday 2026-11-09.
        trend: [
          { period: '2026-11-09', events: 1 },
          { period: '2026-11-16', events: 2 },
        ],
        interval: 'week',
      });
    });

    it('defaults to the last 30 days', async () => {
      const { server } = await startBackend();
      const res = await get(server, {
        entityRef: 'aiworkflow:default/sales-inbox-triage',
      });
      expect(res.body).toMatchObject({
        from: '2026-10-23',
        to: '2026-11-21',
        total: 0,
      });
    });

    it.each<[string, Record<string, string>, number, string]>([
      ['no entityRef', {}, 400, 'entityRef: '],
      ['a bad date', { entityRef: 'x', from: '2026-13-01' }, 400, 'from: '],
      [
        'from after to',
        { entityRef: 'x', from: '2026-11-10', to: '2026-11-01' },
        400,
        'from: 2026-11-10 is after to',
      ],
      [
        'a window over a year',
        { entityRef: 'x', from: '2025-01-01', to: '2026-11-01' },
        400,
        'from: the window',
      ],
      [
        'an unknown interval',
        { entityRef: 'x', interval: 'hour' },
        400,
        'interval: ',
      ],
      [
        'an unknown asset',
        { entityRef: 'aiworkflow:default/nope' },
        404,
        'aiworkflow:default/nope',
      ],
    ])('answers %s with %s', async (_what, query, status, message) => {
      const { server } = await startBackend();
      const res = await get(server, query);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(message);
    });

    it('answers 401 without credentials and 403 without permission', async () => {
      const open = await startBackend();
      expect(
        (
          await request(open.server)
            .get('/api/ai-marketplace/reuse/summary?entityRef=x')
            .set('Authorization', mockCredentials.none.header())
        ).status,
      ).toBe(401);
      const denied = await startBackend(AuthorizeResult.DENY);
      expect(
        (
          await get(denied.server, {
            entityRef: 'aiworkflow:default/sales-inbox-triage',
          })
        ).status,
      ).toBe(403);
    });
  });
});
