import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { catalogRefusingOtherServices } from '../__testUtils__/catalogRefusingOtherServices';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

const SAM = 'user:default/sam.chen';
const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const INBOX = 'aiworkflow:default/sales-inbox-triage';
/** An alerting system with a static token of subject `alerting`. */
const ALERTING = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('alerting'),
  targetPluginId: 'ai-marketplace',
});
const NOW = new Date('2026-11-21T12:00:00Z');

const workflow = (name: string, owner: string): Entity => ({
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner,
    function: 'support',
    actionTier: 'write',
    riskTier: 'medium',
    errorBudget: { incidents: 2, period: 'P30D' },
  },
});

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'sam.chen' },
    spec: {},
    relations: [
      { type: 'memberOf', targetRef: 'group:default/customer-support' },
    ],
  },
  workflow('support-ticket-triage', 'group:default/customer-support'),
  workflow('sales-inbox-triage', 'group:default/sales'),
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: {
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      function: 'support',
      prompts: [],
    },
  },
];

async function startBackend(
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return startMarketplaceBackend({
    now: NOW,
    catalog: catalogRefusingOtherServices({ entities }),
    permissions: mockServices.permissions.factory({ result: permission }),
  });
}

const incident = (overrides: Record<string, unknown> = {}) => ({
  id: 'inc-1',
  entityRef: TRIAGE,
  severity: 'sev2',
  summary: 'Drafted replies quoted another customer’s order number.',
  occurredAt: '2026-11-21T09:30:00Z',
  team: 'group:default/customer-support',
  ...overrides,
});

const post = (server: any, body: object, auth?: string) =>
  request(server)
    .post('/api/ai-marketplace/incidents')
    .set('Authorization', auth ?? mockCredentials.user.header(SAM))
    .send(body);

afterEach(() => {
  jest.useRealTimers();
});

describe('POST /incidents', () => {
  it('records an incident a user reports for one of their teams, and audits it', async () => {
    const { server, auditEvents } = await startBackend();
    const res = await post(server, incident({ team: 'customer-support' }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'inc-1',
      entityRef: TRIAGE,
      severity: 'sev2',
      summary: 'Drafted replies quoted another customer’s order number.',
      occurredAt: '2026-11-21T09:30:00.000Z',
      reportedBy: SAM,
      teamRef: 'group:default/customer-support',
      recordedAt: NOW.toISOString(),
      recorded: true,
    });
    expect(auditEvents).toEqual([
      { eventId: 'incident-report', outcome: 'success' },
    ]);
  });

  it('records an incident a service reports, for no team, with the workflow read with the plugin own credentials', async () => {
    const { server } = await startBackend();
    const res = await post(
      server,
      incident({ team: undefined, occurredAt: undefined }),
      ALERTING,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      reportedBy: 'service:alerting',
      teamRef: null,
      occurredAt: NOW.toISOString(),
    });
  });

  it('replays an id idempotently (200, the stored incident)', async () => {
    const { server } = await startBackend();
    expect((await post(server, incident())).status).toBe(201);
    const replay = await post(server, incident());
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ id: 'inc-1', recorded: false });
  });

  it('answers 409 when an id is reused for a different incident', async () => {
    const { server } = await startBackend();
    await post(server, incident());
    const res = await post(server, incident({ severity: 'sev1' }));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('inc-1');
  });

  it('answers 401 without credentials', async () => {
    const { server } = await startBackend();
    const res = await post(server, incident(), mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('answers 403 without the permission, and audits the failure', async () => {
    const { server, auditEvents } = await startBackend(AuthorizeResult.DENY);
    const res = await post(server, incident());
    expect(res.status).toBe(403);
    expect(auditEvents).toEqual([
      { eventId: 'incident-report', outcome: 'fail' },
    ]);
  });

  it('answers 403 naming the team when it is not one of the user groups', async () => {
    const { server } = await startBackend();
    const res = await post(server, incident({ team: 'group:default/sales' }));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'team: you are not a member of group:default/sales, so you cannot act for it',
    );
  });

  it('answers 400 naming the team when a service names one (it belongs to no team)', async () => {
    const { server } = await startBackend();
    const res = await post(server, incident(), ALERTING);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'team: a service reports for no team; leave team out',
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a user without a team', { team: undefined }, 'team: required'],
    ['an unknown severity', { severity: 'sev5' }, 'severity: '],
    ['an empty summary', { summary: '' }, 'summary: '],
    ['a blank summary', { summary: '   ' }, 'summary: '],
    [
      'a summary over 2,000 characters',
      { summary: 'x'.repeat(2001) },
      'summary: ',
    ],
    ['an id with spaces', { id: 'inc 1' }, 'id: must be 1-64 characters'],
    ['a time that is not ISO-8601', { occurredAt: 'now' }, 'occurredAt: '],
    [
      'a time in the future',
      { occurredAt: '2026-11-21T12:06:00Z' },
      'occurredAt: 2026-11-21T12:06:00Z is in the future',
    ],
    ['an unknown field', { reportedBy: SAM }, 'reportedBy'],
    [
      'an asset that is not an AIWorkflow',
      { entityRef: 'promptlibrary:default/support-prompts' },
      'entityRef: "promptlibrary:default/support-prompts" is not an AIWorkflow in the catalog',
    ],
    [
      'a workflow that is not in the catalog',
      { entityRef: 'nope' },
      'entityRef: "aiworkflow:default/nope" is not an AIWorkflow',
    ],
    ['a malformed team ref', { team: 'group:' }, 'team: '],
  ])(
    'answers 400 naming the field for %s',
    async (_what, overrides, message) => {
      const { server } = await startBackend();
      const res = await post(server, incident(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('accepts a summary of 2,000 characters and a time a little ahead of ours', async () => {
    const { server } = await startBackend();
    const res = await post(
      server,
      incident({
        summary: 'x'.repeat(2000),
        occurredAt: '2026-11-21T12:04:00Z',
      }),
    );
    expect(res.status).toBe(201);
  });
});

describe('GET /incidents', () => {
  const get = (server: any, query: Record<string, string>, auth?: string) =>
    request(server)
      .get('/api/ai-marketplace/incidents')
      .query(query)
      .set('Authorization', auth ?? mockCredentials.user.header(SAM));
  const ids = (res: request.Response) =>
    res.body.items.map((i: { id: string }) => i.id);

  async function seed(server: any) {
    for (const [id, entityRef, occurredAt] of [
      ['old', TRIAGE, '2026-09-01T10:00:00Z'],
      ['a', TRIAGE, '2026-11-01T10:00:00Z'],
      ['b', INBOX, '2026-11-10T10:00:00Z'],
      ['c', TRIAGE, '2026-11-20T10:00:00Z'],
    ]) {
      const res = await post(
        server,
        incident({ id, entityRef, occurredAt, team: undefined }),
        ALERTING,
      );
      expect(res.status).toBe(201);
    }
  }

  it('lists the last 30 days, latest first', async () => {
    const { server } = await startBackend();
    await seed(server);
    const res = await get(server, {});
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(['c', 'b', 'a']);
    expect(res.body.items[0]).toMatchObject({
      entityRef: TRIAGE,
      severity: 'sev2',
      reportedBy: 'service:alerting',
      teamRef: null,
    });
  });

  it('filters by workflow and window', async () => {
    const { server } = await startBackend();
    await seed(server);
    expect(ids(await get(server, { entityRef: 'sales-inbox-triage' }))).toEqual(
      ['b'],
    );
    expect(
      ids(await get(server, { from: '2026-08-01', to: '2026-11-05' })),
    ).toEqual(['a', 'old']);
  });

  it('returns at most 500 incidents, the latest', async () => {
    const { server } = await startBackend();
    const times = Array.from(
      { length: 501 },
      (_, i) => new Date(NOW.getTime() - (i + 1) * 60_000),
    );
    for (let i = 0; i < times.length; i += 50) {
      await Promise.all(
        times.slice(i, i + 50).map((time, j) =>
          post(
            server,
            incident({
              id: `bulk-${i + j}`,
              occurredAt: time.toISOString(),
              team: undefined,
            }),
            ALERTING,
          ).expect(201),
        ),
      );
    }
    const res = await get(server, {});
    expect(res.body.items).toHaveLength(500);
    expect(res.body.items[0].id).toBe('bulk-0');
    expect(res.body.items[499].id).toBe('bulk-499');
  });

  it.each<[string, Record<string, string>, string]>([
    ['a bad date', { to: '2026-02-30' }, 'to: '],
    [
      'from after to',
      { from: '2026-11-10', to: '2026-11-01' },
      'from: 2026-11-10 is after to',
    ],
    [
      'a window over a year',
      { from: '2025-01-01', to: '2026-11-01' },
      'from: the window',
    ],
    ['an unknown parameter', { severity: 'sev1' }, 'severity'],
    ['a malformed entity ref', { entityRef: 'aiworkflow:' }, 'entityRef: '],
  ])('answers 400 naming the field for %s', async (_what, query, message) => {
    const { server } = await startBackend();
    const res = await get(server, query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 401 without credentials, 403 without permission and 403 to a service', async () => {
    const open = await startBackend();
    expect(
      (await get(open.server, {}, mockCredentials.none.header())).status,
    ).toBe(401);
    expect((await get(open.server, {}, ALERTING)).status).toBe(403);
    const denied = await startBackend(AuthorizeResult.DENY);
    expect((await get(denied.server, {})).status).toBe(403);
  });
});
