import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { catalogRefusingOtherServices } from '../__testUtils__/catalogRefusingOtherServices';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

const SAM = 'user:default/sam.chen';
const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const INBOX = 'aiworkflow:default/sales-inbox-triage';
/** CI with a static token of subject `ci-evaluations`. */
const CI = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('ci-evaluations'),
  targetPluginId: 'ai-marketplace',
});
const NOW = new Date('2026-11-21T12:00:00Z');

const workflow = (name: string, spec: object): Entity => ({
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner: 'group:default/customer-support',
    function: 'support',
    actionTier: 'write',
    riskTier: 'medium',
    ...spec,
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
  workflow('support-ticket-triage', {
    evaluation: {
      dataset: 'datasets/support_triage_200.jsonl',
      passRate: 0.92,
    },
  }),
  // No threshold: results are recorded, but there is no gate to pass.
  workflow('sales-inbox-triage', { owner: 'group:default/sales' }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'billing-api' },
    spec: { type: 'service', owner: 'group:default/finance' },
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

const result = (overrides: Record<string, unknown> = {}) => ({
  id: 'ci-run-1',
  entityRef: TRIAGE,
  version: 'v1.4.0',
  dataset: 'datasets/support_triage_200.jsonl',
  passRate: 0.95,
  evaluatedAt: '2026-11-21T11:00:00Z',
  ...overrides,
});

afterEach(() => {
  jest.useRealTimers();
});

describe('POST /evaluation-results', () => {
  const post = (server: any, body: object, auth = CI) =>
    request(server)
      .post('/api/ai-marketplace/evaluation-results')
      .set('Authorization', auth)
      .send(body);

  it('records a result from CI, gated by the workflow threshold read with the plugin own credentials, and audits it', async () => {
    const { server, auditEvents } = await startBackend();
    const res = await post(server, result());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 'ci-run-1',
      entityRef: TRIAGE,
      version: 'v1.4.0',
      dataset: 'datasets/support_triage_200.jsonl',
      passRate: 0.95,
      threshold: 0.92,
      passed: true,
      evaluatedAt: '2026-11-21T11:00:00.000Z',
      reportedBy: 'service:ci-evaluations',
      recordedAt: NOW.toISOString(),
      recorded: true,
    });
    expect(auditEvents).toEqual([
      { eventId: 'evaluation-result-record', outcome: 'success' },
    ]);
  });

  it.each<[string, number, boolean]>([
    ['above', 0.95, true],
    ['exactly at', 0.92, true],
    ['below', 0.915, false],
  ])(
    'computes passed for a pass rate %s the threshold',
    async (_what, passRate, passed) => {
      const { server } = await startBackend();
      const res = await post(server, result({ passRate }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ passRate, threshold: 0.92, passed });
    },
  );

  it('records no gate for a workflow without a threshold', async () => {
    const { server } = await startBackend();
    const res = await post(server, result({ entityRef: INBOX, passRate: 0.1 }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ threshold: null, passed: null });
  });

  it('attributes a result posted by a user to the user, evaluated now by default', async () => {
    const { server } = await startBackend();
    const res = await post(
      server,
      result({ evaluatedAt: undefined }),
      mockCredentials.user.header(SAM),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      reportedBy: SAM,
      evaluatedAt: NOW.toISOString(),
    });
  });

  it('replays an id idempotently (200, the stored result)', async () => {
    const { server } = await startBackend();
    expect((await post(server, result())).status).toBe(201);
    const replay = await post(server, result());
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ recorded: false, passed: true });
  });

  it('answers 409 when an id is reused for a different result', async () => {
    const { server } = await startBackend();
    await post(server, result());
    const res = await post(server, result({ passRate: 0.5 }));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('ci-run-1');
  });

  it('answers 401 without credentials', async () => {
    const { server } = await startBackend();
    const res = await post(server, result(), mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('answers 403 without the permission, and audits the failure', async () => {
    const { server, auditEvents } = await startBackend(AuthorizeResult.DENY);
    const res = await post(server, result());
    expect(res.status).toBe(403);
    expect(auditEvents).toEqual([
      { eventId: 'evaluation-result-record', outcome: 'fail' },
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a passed field (it is computed)', { passed: true }, 'passed: '],
    ['a threshold field (it is computed)', { threshold: 0.1 }, 'threshold: '],
    ['a pass rate above 1', { passRate: 1.5 }, 'passRate: '],
    ['a negative pass rate', { passRate: -0.1 }, 'passRate: '],
    ['a pass rate as text', { passRate: '0.9' }, 'passRate: '],
    ['a missing pass rate', { passRate: undefined }, 'passRate: '],
    ['an empty version', { version: '' }, 'version: '],
    ['a missing dataset', { dataset: undefined }, 'dataset: '],
    ['an id with spaces', { id: 'run 1' }, 'id: must be 1-64 characters'],
    ['a time that is not ISO-8601', { evaluatedAt: 'today' }, 'evaluatedAt: '],
    [
      'a time in the future',
      { evaluatedAt: '2026-11-21T12:06:00Z' },
      'evaluatedAt: 2026-11-21T12:06:00Z is in the future',
    ],
    ['an unknown field', { reportedBy: 'user:default/someone' }, 'reportedBy'],
    [
      'a workflow that is not in the catalog',
      { entityRef: 'aiworkflow:default/nope' },
      'entityRef: "aiworkflow:default/nope" is not an AIWorkflow in the catalog',
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
      const { server } = await startBackend();
      const res = await post(server, result(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('accepts a time a little ahead of ours (clock skew)', async () => {
    const { server } = await startBackend();
    const res = await post(
      server,
      result({ evaluatedAt: '2026-11-21T12:04:00Z' }),
    );
    expect(res.status).toBe(201);
  });
});

describe('GET /evaluation-results', () => {
  const get = (server: any, query: Record<string, string>, auth?: string) =>
    request(server)
      .get('/api/ai-marketplace/evaluation-results')
      .query(query)
      .set('Authorization', auth ?? mockCredentials.user.header(SAM));

  async function seed(server: any) {
    for (const [id, entityRef, evaluatedAt] of [
      ['old', TRIAGE, '2026-09-01T10:00:00Z'],
      ['a', TRIAGE, '2026-11-01T10:00:00Z'],
      ['b', INBOX, '2026-11-10T10:00:00Z'],
      ['c', TRIAGE, '2026-11-20T10:00:00Z'],
    ]) {
      const res = await request(server)
        .post('/api/ai-marketplace/evaluation-results')
        .set('Authorization', CI)
        .send(result({ id, entityRef, evaluatedAt }));
      expect(res.status).toBe(201);
    }
  }

  it('lists the last 30 days, latest evaluation first', async () => {
    const { server } = await startBackend();
    await seed(server);
    const res = await get(server, {});
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(res.body.items[0]).toMatchObject({
      entityRef: TRIAGE,
      threshold: 0.92,
      passed: true,
      reportedBy: 'service:ci-evaluations',
    });
  });

  it('filters by workflow and window, and limits', async () => {
    const { server } = await startBackend();
    await seed(server);
    const ids = async (query: Record<string, string>) =>
      (await get(server, query)).body.items.map((r: { id: string }) => r.id);
    expect(await ids({ entityRef: 'support-ticket-triage' })).toEqual([
      'c',
      'a',
    ]);
    expect(await ids({ from: '2026-08-01', to: '2026-11-05' })).toEqual([
      'a',
      'old',
    ]);
    expect(await ids({ limit: '1' })).toEqual(['c']);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a limit of 0', { limit: '0' }, 'limit: '],
    ['a limit over 500', { limit: '501' }, 'limit: '],
    ['a limit that is not a number', { limit: 'all' }, 'limit: '],
    ['a bad date', { from: '2026-13-01' }, 'from: '],
    [
      'from after to',
      { from: '2026-11-10', to: '2026-11-01' },
      'from: 2026-11-10 is after to',
    ],
    ['an unknown parameter', { team: 'sales' }, 'team'],
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
    expect((await get(open.server, {}, CI)).status).toBe(403);
    const denied = await startBackend(AuthorizeResult.DENY);
    expect((await get(denied.server, {})).status).toBe(403);
  });
});
