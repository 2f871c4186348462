import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { ROUTE_TEST_ENTITIES } from '../__testUtils__/routeTestEntities';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

const SAM = 'user:default/sam.chen';
const MARIA = 'user:default/maria.lopez';
const TRIAGE = 'aiworkflow:default/sales-inbox-triage';
const PROMPTS = 'promptlibrary:default/support-prompts';
const SUPPORT = 'group:default/customer-support';

const entities = ROUTE_TEST_ENTITIES;

const NOW = new Date('2026-11-21T12:00:00Z');

async function startBackend(
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  // Only the clock is pinned ("now" is 2026-11-21T12:00Z); timers run as usual.
  const { server, auditEvents } = await startMarketplaceBackend({
    now: NOW,
    catalog: catalogServiceMock.factory({ entities }),
    permissions: mockServices.permissions.factory({ result: permission }),
  });

  const startExperiment = (body: object, user = SAM) =>
    request(server)
      .post('/api/ai-marketplace/experiments')
      .set('Authorization', mockCredentials.user.header(user))
      .send(body);
  const finishExperiment = (id: string, body: object, user = SAM) =>
    request(server)
      .post(`/api/ai-marketplace/experiments/${encodeURIComponent(id)}/finish`)
      .set('Authorization', mockCredentials.user.header(user))
      .send(body);
  const listExperiments = (query: Record<string, string> = {}) =>
    request(server)
      .get('/api/ai-marketplace/experiments')
      .query(query)
      .set('Authorization', mockCredentials.user.header(SAM));
  return {
    server,
    auditEvents,
    startExperiment,
    finishExperiment,
    listExperiments,
  };
}

const started = (overrides: Record<string, unknown> = {}) => ({
  id: 'exp-1',
  entityRef: TRIAGE,
  team: 'customer-support',
  startedAt: '2026-11-02T09:00:00Z',
  ...overrides,
});

const finished = (overrides: Record<string, unknown> = {}) => ({
  outcome: 'adopted',
  finishedAt: '2026-11-20T17:00:00Z',
  selfServe: true,
  learningsUrl: 'https://wiki.example.com/support/triage-trial',
  ...overrides,
});

afterEach(() => {
  jest.useRealTimers();
});

describe('POST /experiments', () => {
  it('starts an experiment for one of the caller groups, attributed to the caller, and audits it', async () => {
    const { startExperiment, auditEvents } = await startBackend();
    const res = await startExperiment(started());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'exp-1',
      entityRef: TRIAGE,
      teamRef: SUPPORT,
      startedBy: SAM,
      startedAt: '2026-11-02T09:00:00.000Z',
      selfServe: null,
      status: 'running',
      finishedAt: null,
      finishedBy: null,
      outcome: null,
      learningsUrl: null,
      recordedAt: NOW.toISOString(),
      recorded: true,
    });
    expect(auditEvents).toEqual([
      { eventId: 'experiment-start', outcome: 'success' },
    ]);
  });

  it('starts now when no start time is given, and with a PromptLibrary', async () => {
    const { startExperiment } = await startBackend();
    const res = await startExperiment(
      started({ entityRef: PROMPTS, startedAt: undefined, selfServe: false }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      entityRef: PROMPTS,
      startedAt: NOW.toISOString(),
      selfServe: false,
    });
  });

  it('replays a start idempotently (200, nothing new), also without the defaulted start time', async () => {
    const { startExperiment, listExperiments } = await startBackend();
    expect(
      (await startExperiment(started({ startedAt: undefined }))).status,
    ).toBe(201);
    jest.setSystemTime(new Date(NOW.getTime() + 60_000));
    const replay = await startExperiment(started({ startedAt: undefined }));
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({
      recorded: false,
      startedAt: NOW.toISOString(),
    });
    expect((await listExperiments()).body.items).toHaveLength(1);
  });

  it('answers 409 when an id is reused for another experiment', async () => {
    const { startExperiment } = await startBackend();
    await startExperiment(started());
    const res = await startExperiment(started({ entityRef: PROMPTS }));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('exp-1');
  });

  it('answers 401 without credentials', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .post('/api/ai-marketplace/experiments')
      .set('Authorization', mockCredentials.none.header())
      .send(started());
    expect(res.status).toBe(401);
  });

  it('answers 403 to a service (only users act for teams)', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .post('/api/ai-marketplace/experiments')
      .set('Authorization', mockCredentials.service.header())
      .send(started());
    expect(res.status).toBe(403);
  });

  it('answers 403 without the permission, and audits the failure', async () => {
    const { startExperiment, auditEvents } = await startBackend(
      AuthorizeResult.DENY,
    );
    const res = await startExperiment(started());
    expect(res.status).toBe(403);
    expect(auditEvents).toEqual([
      { eventId: 'experiment-start', outcome: 'fail' },
    ]);
  });

  it('answers 403 naming the team when it is not one of the caller groups', async () => {
    const { startExperiment } = await startBackend();
    const res = await startExperiment(started({ team: 'sales' }));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'team: you are not a member of group:default/sales, so you cannot act for it',
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing id', { id: undefined }, 'id: '],
    ['an id with spaces', { id: 'my exp' }, 'id: must be 1-64 characters'],
    ['a missing team', { team: undefined }, 'team: '],
    ['a malformed team', { team: 'group:' }, 'team: "group:" is not a valid'],
    ['a non-boolean selfServe', { selfServe: 'yes' }, 'selfServe: '],
    ['an unknown field', { startedBy: MARIA }, 'startedBy'],
    [
      'a start time that is not ISO-8601',
      { startedAt: 'today' },
      'startedAt: ',
    ],
    [
      'a start time in the future',
      { startedAt: '2026-11-21T12:06:00Z' },
      'startedAt: 2026-11-21T12:06:00Z is in the future',
    ],
    [
      'an asset that is not in the catalog',
      { entityRef: 'aiworkflow:default/nope' },
      'entityRef: "aiworkflow:default/nope" is not an AIWorkflow or PromptLibrary in the catalog',
    ],
    [
      'an entity of another kind',
      { entityRef: 'component:default/billing-api' },
      'entityRef: "component:default/billing-api" is not an AIWorkflow',
    ],
    ['a malformed entity ref', { entityRef: 'aiworkflow:' }, 'entityRef: '],
  ])(
    'answers 400 naming the field for %s',
    async (_what, overrides, message) => {
      const { startExperiment } = await startBackend();
      const res = await startExperiment(started(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('accepts a start time within the allowed clock skew', async () => {
    const { startExperiment } = await startBackend();
    const res = await startExperiment(
      started({ startedAt: '2026-11-21T12:04:00Z' }),
    );
    expect(res.status).toBe(201);
  });
});

describe('POST /experiments/:id/finish', () => {
  it('finishes an experiment, attributed to the caller, and audits it', async () => {
    const { startExperiment, finishExperiment, auditEvents } =
      await startBackend();
    await startExperiment(started());
    const res = await finishExperiment('exp-1', finished());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 'exp-1',
      entityRef: TRIAGE,
      teamRef: SUPPORT,
      startedBy: SAM,
      startedAt: '2026-11-02T09:00:00.000Z',
      selfServe: true,
      status: 'finished',
      finishedAt: '2026-11-20T17:00:00.000Z',
      finishedBy: SAM,
      outcome: 'adopted',
      learningsUrl: 'https://wiki.example.com/support/triage-trial',
      recordedAt: NOW.toISOString(),
      recorded: true,
    });
    expect(auditEvents).toEqual([
      { eventId: 'experiment-start', outcome: 'success' },
      { eventId: 'experiment-finish', outcome: 'success' },
    ]);
  });

  it('takes selfServe from the start and finishes now when no time is given', async () => {
    const { startExperiment, finishExperiment } = await startBackend();
    await startExperiment(started({ selfServe: false }));
    const res = await finishExperiment('exp-1', {
      outcome: 'inconclusive',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      selfServe: false,
      finishedAt: NOW.toISOString(),
      outcome: 'inconclusive',
      learningsUrl: null,
    });
  });

  it('replays the same finish (200, recorded false) and answers 409 for another', async () => {
    const { startExperiment, finishExperiment } = await startBackend();
    await startExperiment(started());
    expect((await finishExperiment('exp-1', finished())).status).toBe(200);
    const replay = await finishExperiment('exp-1', finished());
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ recorded: false, outcome: 'adopted' });

    const changed = await finishExperiment(
      'exp-1',
      finished({ outcome: 'abandoned' }),
    );
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain('exp-1');
  });

  it('answers 404 for an unknown experiment', async () => {
    const { finishExperiment } = await startBackend();
    const res = await finishExperiment('nope', finished());
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('nope');
  });

  it('answers 403 when the caller is not a member of the experiment team', async () => {
    const { startExperiment, finishExperiment } = await startBackend();
    await startExperiment(started());
    const res = await finishExperiment('exp-1', finished(), MARIA);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(SUPPORT);
  });

  it('answers 401 without credentials and 403 without the permission', async () => {
    const open = await startBackend();
    expect(
      (
        await request(open.server)
          .post('/api/ai-marketplace/experiments/exp-1/finish')
          .set('Authorization', mockCredentials.none.header())
          .send(finished())
      ).status,
    ).toBe(401);
    const denied = await startBackend(AuthorizeResult.DENY);
    const res = await denied.finishExperiment('exp-1', finished());
    expect(res.status).toBe(403);
    expect(denied.auditEvents).toEqual([
      { eventId: 'experiment-finish', outcome: 'fail' },
    ]);
  });

  it('answers 400 naming selfServe when it is known neither from the start nor the finish', async () => {
    const { startExperiment, finishExperiment } = await startBackend();
    await startExperiment(started());
    const res = await finishExperiment(
      'exp-1',
      finished({ selfServe: undefined }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^selfServe: required/);
  });

  it('answers 409 naming selfServe when the finish contradicts the start', async () => {
    const { startExperiment, finishExperiment } = await startBackend();
    await startExperiment(started({ selfServe: true }));
    const res = await finishExperiment('exp-1', finished({ selfServe: false }));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^selfServe: /);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing outcome', { outcome: undefined }, 'outcome: '],
    ['an unknown outcome', { outcome: 'shipped' }, 'outcome: '],
    ['an unknown field', { finishedBy: MARIA }, 'finishedBy'],
    [
      'a learnings link that is not http(s)',
      { learningsUrl: 'ftp://files.example.com/notes' },
      'learningsUrl: must be an http(s) URL',
    ],
    [
      'a learnings link that is a script',
      // eslint-disable-next-line no-script-url -- the link the page must never render
      { learningsUrl: 'javascript:alert(1)' },
      'learningsUrl: must be an http(s) URL',
    ],
    [
      'a finish time that is not ISO-8601',
      { finishedAt: 'now' },
      'finishedAt: ',
    ],
    [
      'a finish time in the future',
      { finishedAt: '2026-11-22T00:00:00Z' },
      'finishedAt: 2026-11-22T00:00:00Z is in the future',
    ],
    [
      'a finish before the start',
      { finishedAt: '2026-11-01T00:00:00Z' },
      'finishedAt: 2026-11-01T00:00:00.000Z is before the experiment started, at 2026-11-02T09:00:00.000Z',
    ],
  ])(
    'answers 400 naming the field for %s',
    async (_what, overrides, message) => {
      const { startExperiment, finishExperiment } = await startBackend();
      await startExperiment(started());
      const res = await finishExperiment('exp-1', finished(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );
});

describe('GET /experiments', () => {
  it('lists experiments with every field, the latest start first, filtered', async () => {
    const { startExperiment, finishExperiment, listExperiments } =
      await startBackend();
    await startExperiment(
      started({ id: 'a', startedAt: '2026-11-01T08:00:00Z' }),
    );
    await startExperiment(
      started({
        id: 'b',
        entityRef: PROMPTS,
        startedAt: '2026-11-10T08:00:00Z',
      }),
    );
    await startExperiment(
      started({
        id: 'c',
        team: 'support-automation-guild',
        startedAt: '2026-11-15T08:00:00Z',
      }),
    );
    await startExperiment(
      started({ id: 'old', startedAt: '2026-09-01T08:00:00Z' }),
    );
    await finishExperiment('b', finished());

    const all = await listExperiments({ from: '2026-11-01', to: '2026-11-21' });
    expect(all.status).toBe(200);
    expect(all.body.items.map((e: { id: string }) => e.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(all.body.items[1]).toEqual({
      id: 'b',
      entityRef: PROMPTS,
      teamRef: SUPPORT,
      startedBy: SAM,
      startedAt: '2026-11-10T08:00:00.000Z',
      selfServe: true,
      status: 'finished',
      finishedAt: '2026-11-20T17:00:00.000Z',
      finishedBy: SAM,
      outcome: 'adopted',
      learningsUrl: 'https://wiki.example.com/support/triage-trial',
      recordedAt: NOW.toISOString(),
    });

    const ids = async (query: Record<string, string>) =>
      (await listExperiments(query)).body.items.map(
        (e: { id: string }) => e.id,
      );
    expect(await ids({ status: 'running' })).toEqual(['c', 'a']);
    expect(await ids({ status: 'finished' })).toEqual(['b']);
    expect(await ids({ entityRef: 'sales-inbox-triage' })).toEqual(['c', 'a']);
    expect(
      await ids({ team: 'group:default/Support-Automation-Guild' }),
    ).toEqual(['c']);
    // The default window is the last 30 days: 2026-10-23 to 2026-11-21.
    expect(await ids({})).toEqual(['c', 'b', 'a']);
    expect(await ids({ from: '2026-09-01', to: '2026-09-01' })).toEqual([
      'old',
    ]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['an unknown status', { status: 'paused' }, 'status: '],
    ['a bad date', { from: '2026-13-01' }, 'from: '],
    [
      'from after to',
      { from: '2026-11-10', to: '2026-11-01' },
      'from: 2026-11-10 is after to',
    ],
    ['a malformed entity ref', { entityRef: 'aiworkflow:' }, 'entityRef: '],
    ['a malformed team', { team: 'group:' }, 'team: '],
    ['an unknown parameter', { owner: 'sales' }, 'owner'],
  ])('answers 400 naming the field for %s', async (_what, query, message) => {
    const { listExperiments } = await startBackend();
    const res = await listExperiments(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 401 without credentials and 403 without the permission', async () => {
    const open = await startBackend();
    expect(
      (
        await request(open.server)
          .get('/api/ai-marketplace/experiments')
          .set('Authorization', mockCredentials.none.header())
      ).status,
    ).toBe(401);
    const denied = await startBackend(AuthorizeResult.DENY);
    expect((await denied.listExperiments()).status).toBe(403);
  });
});
