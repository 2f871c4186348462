import {
  kpiReadPermission,
  scorecardExemptionManagePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { library, workflow } from './__testUtils__/readinessFixtures';
import { portalAssetPolicy, userOf } from '../__testUtils__/portalAssetPolicy';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

/** Leads support-automation-guild. */
const SAM = 'user:default/sam.chen';
/** No guild lead. */
const MARIA = 'user:default/maria.lopez';
/** The policy below allows managing exemptions to this user outright. */
const ADMIN = 'user:default/ada.admin';
/** The policy below denies everything to this user. */
const BLOCKED = 'user:default/blocked';

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const ORPHAN = 'aiworkflow:default/no-guild-workflow';
const PROMPTS = 'promptlibrary:default/support-prompts';

const entities: Entity[] = [
  ...['maria.lopez', 'sam.chen'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name },
    spec: {},
  })),
  ...['customer-support', 'ai-platform'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [] },
  })),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'support-automation-guild',
      annotations: { 'ai-marketplace.io/guild-leads': SAM },
    },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'gpt-4o-mini',
      annotations: { 'ai-marketplace.io/model-approval': 'approved' },
    },
    spec: { type: 'ai-model', owner: 'group:default/ai-platform' },
  },
  workflow(),
  workflow({ guild: undefined }, { name: 'no-guild-workflow' }),
  library(),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'billing-api' },
    spec: { type: 'service', owner: 'group:default/finance' },
  },
];

const NOW = new Date('2026-11-21T12:00:00Z');

/** Like the portal's policy: exemptions to admins, and to the leads of the asset's guild. */
function permissionsMock(
  readResult:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      requests.map(({ permission }) => ({
        result:
          userOf(credentials) === BLOCKED ||
          (isPermission(permission, kpiReadPermission) &&
            readResult === AuthorizeResult.DENY)
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: portalAssetPolicy({
      permission: scorecardExemptionManagePermission,
      admin: ADMIN,
      blocked: BLOCKED,
    }),
  });
}

async function startBackend(
  readResult:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return startMarketplaceBackend({
    now: NOW,
    catalog: catalogServiceMock.factory({ entities }),
    permissions: permissionsMock(readResult).factory,
  });
}

const API = '/api/ai-marketplace/scorecards';

const get = (server: any, path: string, query: object = {}, user = SAM) =>
  request(server)
    .get(`${API}${path}`)
    .query(query)
    .set('Authorization', mockCredentials.user.header(user));

const post = (server: any, path: string, body: object, user = SAM) =>
  request(server)
    .post(`${API}${path}`)
    .set('Authorization', mockCredentials.user.header(user))
    .send(body);

const exemption = (overrides: Record<string, unknown> = {}) => ({
  id: 'ex-1',
  entityRef: TRIAGE,
  checkId: 'evaluation-gate',
  justification: 'The new dataset lands next week',
  expiresOn: '2026-12-15',
  ...overrides,
});

afterEach(() => {
  jest.useRealTimers();
});

describe('scorecard routes', () => {
  describe('reads', () => {
    it('answers 401 without credentials and 403 without the read permission, on every read', async () => {
      const { server } = await startBackend(AuthorizeResult.DENY);
      const reads: Array<[string, object]> = [
        ['/checks', {}],
        ['/entity', { entityRef: TRIAGE }],
        ['/entity/trend', { entityRef: TRIAGE }],
        ['/rollups', {}],
        ['/rollups/trend', {}],
        ['/exemptions', {}],
      ];
      for (const [path, query] of reads) {
        const anonymous = await request(server)
          .get(`${API}${path}`)
          .query(query)
          .set('Authorization', mockCredentials.none.header());
        expect([path, anonymous.status]).toEqual([path, 401]);
        const denied = await get(server, path, query);
        expect([path, denied.status]).toEqual([path, 403]);
      }
    });

    it('serves the check catalogue with the levels and the stale weight', async () => {
      const { server } = await startBackend();
      const res = await get(server, '/checks');
      expect(res.status).toBe(200);
      expect(res.body.checks).toHaveLength(17);
      expect(res.body.checks[0]).toEqual({
        id: 'owner-business-team',
        title: 'Owned by a business team',
        description: expect.any(String),
        appliesTo: ['AIWorkflow', 'PromptLibrary'],
        levels: ['bronze'],
      });
      expect(res.body.levels.map((l: { id: string }) => l.id)).toEqual([
        'bronze',
        'silver',
        'gold',
      ]);
      expect(res.body.staleWeight).toBe(-0.5);
    });

    it('scores an asset no run reached yet, with its next-level list', async () => {
      const { server } = await startBackend();
      const res = await get(server, '/entity', { entityRef: TRIAGE });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: TRIAGE,
        kind: 'AIWorkflow',
        day: '2026-11-21',
        level: 'bronze',
        nextLevel: {
          level: 'silver',
          missing: [
            {
              checkId: 'evaluation-gate',
              title: 'Evaluation gate passed recently',
              status: 'fail',
              reason: 'No evaluation result recorded',
              fix: expect.stringContaining('evaluation-results'),
            },
          ],
        },
      });
      // Nothing was stored: no history yet.
      const trend = await get(server, '/entity/trend', { entityRef: TRIAGE });
      expect(trend.body.days).toEqual([]);
    });

    it('answers 400 naming the field for bad queries, 404 for an unknown asset', async () => {
      const { server } = await startBackend();
      const cases: Array<[string, object, string]> = [
        ['/entity', {}, 'entityRef'],
        [
          '/entity',
          { entityRef: 'component:default/billing-api' },
          'entityRef',
        ],
        ['/entity', { entityRef: TRIAGE, day: '21/11/2026' }, 'day'],
        ['/entity', { entityRef: 'user:' }, 'entityRef'],
        ['/entity/trend', { entityRef: TRIAGE, from: '2026-12-01' }, 'from'],
        ['/rollups', { groupBy: 'team' }, 'groupBy'],
        ['/rollups/trend', { groupBy: 'owner' }, 'key'],
        ['/exemptions', { include: 'expired' }, 'include'],
        ['/checks', { verbose: 'yes' }, 'query'],
      ];
      for (const [path, query, field] of cases) {
        const res = await get(server, path, query);
        expect([path, field, res.status]).toEqual([path, field, 400]);
        expect(res.body.error.message).toMatch(
          new RegExp(`^(Invalid query: )?${field}`),
        );
      }
      const missing = await get(server, '/entity', {
        entityRef: 'aiworkflow:default/nope',
      });
      expect(missing.status).toBe(404);
      const noDay = await get(server, '/entity', {
        entityRef: TRIAGE,
        day: '2026-01-01',
      });
      expect(noDay.status).toBe(404);
    });
  });

  describe('POST /scorecards/entity/recompute', () => {
    it('stores today’s result, audited; trends and roll-ups then show it', async () => {
      const { server, auditEvents } = await startBackend();
      const res = await post(server, '/entity/recompute', {
        entityRef: TRIAGE,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ entityRef: TRIAGE, level: 'bronze' });
      expect(auditEvents).toEqual([
        { eventId: 'scorecard-recompute', outcome: 'success' },
      ]);

      const trend = await get(server, '/entity/trend', { entityRef: TRIAGE });
      expect(trend.body.days).toEqual([
        expect.objectContaining({ day: '2026-11-21', level: 'bronze' }),
      ]);
      const rollup = await get(server, '/rollups', { groupBy: 'owner' });
      expect(rollup.body).toMatchObject({
        groupBy: 'owner',
        day: '2026-11-21',
        levelIds: ['bronze', 'silver', 'gold', 'none'],
        groups: [
          {
            key: 'group:default/customer-support',
            assets: 1,
            levels: { bronze: 1, silver: 0, gold: 0, none: 0 },
          },
        ],
      });
      const orgTrend = await get(server, '/rollups/trend', {
        from: '2026-11-20',
      });
      expect(orgTrend.body.days).toEqual([
        expect.objectContaining({ day: '2026-11-21', assets: 1 }),
      ]);
    });

    it('answers 401, 403 (audited) and 400 naming the field', async () => {
      const { server, auditEvents } = await startBackend();
      const anonymous = await request(server)
        .post(`${API}/entity/recompute`)
        .set('Authorization', mockCredentials.none.header())
        .send({ entityRef: TRIAGE });
      expect(anonymous.status).toBe(401);
      const denied = await post(
        server,
        '/entity/recompute',
        { entityRef: TRIAGE },
        BLOCKED,
      );
      expect(denied.status).toBe(403);
      expect(auditEvents.at(-1)).toEqual({
        eventId: 'scorecard-recompute',
        outcome: 'fail',
      });
      const extra = await post(server, '/entity/recompute', {
        entityRef: TRIAGE,
        force: true,
      });
      expect(extra.status).toBe(400);
      expect(extra.body.error.message).toMatch(
        /^Invalid recompute: recompute:/,
      );
      const noRef = await post(server, '/entity/recompute', {});
      expect(noRef.body.error.message).toMatch(/^Invalid recompute: entityRef/);
    });
  });

  describe('exemptions', () => {
    it('lets a lead of the asset guild exempt it, audited and idempotent, and the scorecard says so', async () => {
      const { server, auditEvents } = await startBackend();
      const res = await post(server, '/exemptions', exemption());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        status: 'recorded',
        exemption: {
          ...exemption(),
          createdBy: SAM,
          createdAt: NOW.toISOString(),
          active: true,
        },
      });
      expect(auditEvents).toEqual([
        { eventId: 'scorecard-exemption-create', outcome: 'success' },
      ]);

      const scorecard = await get(server, '/entity', { entityRef: TRIAGE });
      expect(
        scorecard.body.checks.find(
          (c: { checkId: string }) => c.checkId === 'evaluation-gate',
        ),
      ).toMatchObject({
        status: 'exempt',
        reason: expect.stringContaining('Exempt until 2026-12-15'),
      });
      expect(scorecard.body.level).toBe('silver');

      const replay = await post(server, '/exemptions', exemption());
      expect(replay.status).toBe(200);
      expect(replay.body.status).toBe('replayed');
      const changed = await post(
        server,
        '/exemptions',
        exemption({ expiresOn: '2026-12-31' }),
      );
      expect(changed.status).toBe(409);

      const listed = await get(server, '/exemptions', { entityRef: TRIAGE });
      expect(listed.body.exemptions.map((e: { id: string }) => e.id)).toEqual([
        'ex-1',
      ]);
    });

    it('answers 403 to a user who leads no guild of the asset, and on an asset without guild to all but admins', async () => {
      const { server, auditEvents } = await startBackend();
      const member = await post(server, '/exemptions', exemption(), MARIA);
      expect(member.status).toBe(403);
      expect(member.body.error.message).toBe(
        `You are not allowed to manage exemptions of ${TRIAGE}: only the leads of group:default/support-automation-guild and admins may`,
      );
      expect(auditEvents).toEqual([
        { eventId: 'scorecard-exemption-create', outcome: 'fail' },
      ]);
      const lead = await post(
        server,
        '/exemptions',
        exemption({ entityRef: ORPHAN }),
      );
      expect(lead.status).toBe(403);
      expect(lead.body.error.message).toContain('it has no guild');
      const admin = await post(
        server,
        '/exemptions',
        exemption({ entityRef: ORPHAN }),
        ADMIN,
      );
      expect(admin.status).toBe(201);
      const blocked = await post(
        server,
        '/exemptions',
        exemption({ id: 'ex-9' }),
        BLOCKED,
      );
      expect(blocked.status).toBe(403);
      const anonymous = await request(server)
        .post(`${API}/exemptions`)
        .set('Authorization', mockCredentials.none.header())
        .send(exemption());
      expect(anonymous.status).toBe(401);
    });

    it('answers 400 naming the field for each class of invalid exemption', async () => {
      const { server } = await startBackend();
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{ id: 'has space' }, /^Invalid exemption: id:/],
        [{ checkId: 'no-such-check' }, /^checkId: "no-such-check" is not/],
        [{ expiresOn: '2026-11-20' }, /^expiresOn: 2026-11-20 is in the past/],
        [
          { expiresOn: '2028-01-01' },
          /^expiresOn: an exemption may run at most 366 days/,
        ],
        [{ expiresOn: 'soon' }, /^Invalid exemption: expiresOn:/],
        [{ justification: '   ' }, /^Invalid exemption: justification:/],
        [{ entityRef: 'component:default/billing-api' }, /^entityRef:/],
        [{ entityRef: 'user:' }, /^entityRef:/],
        [{ note: 'extra' }, /^Invalid exemption: exemption:/],
      ];
      for (const [overrides, message] of cases) {
        const res = await post(server, '/exemptions', exemption(overrides));
        expect([overrides, res.status]).toEqual([overrides, 400]);
        expect(res.body.error.message).toMatch(message);
      }
    });

    it('revokes once (a second time is a replay), for leads and admins only, audited', async () => {
      const { server, auditEvents } = await startBackend();
      await post(server, '/exemptions', exemption());
      const del = (id: string, user = SAM) =>
        request(server)
          .post(`${API}/exemptions/${encodeURIComponent(id)}/revoke`)
          .set('Authorization', mockCredentials.user.header(user));

      expect((await del('ex-1', MARIA)).status).toBe(403);
      const revoked = await del('ex-1');
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({
        status: 'revoked',
        exemption: { id: 'ex-1', revokedBy: SAM, active: false },
      });
      expect((await del('ex-1', ADMIN)).body.status).toBe('replayed');
      expect((await del('ex-404')).status).toBe(404);
      const badId = await del('not an id');
      expect(badId.status).toBe(400);
      expect(badId.body.error.message).toMatch(/^Invalid path: id:/);
      const anonymous = await request(server)
        .post(`${API}/exemptions/ex-1/revoke`)
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      expect(auditEvents.map(e => e.eventId)).toContain(
        'scorecard-exemption-revoke',
      );

      // Revoked: the check counts again, and the active list is empty.
      const scorecard = await get(server, '/entity', { entityRef: TRIAGE });
      expect(scorecard.body.level).toBe('bronze');
      expect((await get(server, '/exemptions')).body.exemptions).toEqual([]);
      expect(
        (await get(server, '/exemptions', { include: 'all' })).body.exemptions,
      ).toHaveLength(1);
    });
  });

  it('covers prompt libraries too', async () => {
    const { server } = await startBackend();
    const res = await get(server, '/entity', { entityRef: PROMPTS });
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('PromptLibrary');
  });
});
