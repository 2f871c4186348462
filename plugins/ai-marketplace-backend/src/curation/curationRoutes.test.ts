import {
  curationDecisionCreatePermission,
  kpiReadPermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { portalAssetPolicy, userOf } from '../__testUtils__/portalAssetPolicy';
import { startMarketplaceBackend } from '../__testUtils__/startMarketplaceBackend';

/** Leads support-automation-guild (as in catalog-info/guilds.yaml). */
const SAM = 'user:default/sam.chen';
/** A member of the support team, but no guild lead. */
const MARIA = 'user:default/maria.lopez';
/** The policy below allows curation to this user unconditionally. */
const ADMIN = 'user:default/ada.admin';
/** The policy below denies everything to this user. */
const BLOCKED = 'user:default/blocked';

const LIBRARY = 'promptlibrary:default/support-prompts';
const LEGAL = 'aiworkflow:default/contract-review';
const ORPHAN = 'aiworkflow:default/no-guild-workflow';

const workflow = (name: string, guild?: string): Entity => ({
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner: 'group:default/legal',
    function: 'legal',
    actionTier: 'recommend',
    riskTier: 'low',
    ...(guild ? { guild } : {}),
  },
});

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'support-automation-guild',
      annotations: {
        'ai-marketplace.io/guild-leads':
          'user:default/sam.chen, user:default/daniel.kim',
      },
    },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ai-risk-guild' },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: {
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      prompts: [
        { id: 'first-response', title: 'First response', template: 'Hi' },
        { id: 'refund-reply', title: 'Refund reply', template: 'Sorry' },
      ],
    },
  },
  workflow('contract-review', 'group:default/ai-risk-guild'),
  workflow('no-guild-workflow'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'billing-api' },
    spec: { type: 'service', owner: 'finance', lifecycle: 'production' },
  },
];

const NOW = new Date('2026-11-21T12:00:00Z');

/**
 * A policy like the portal's: admins may curate anything, everyone else the
 * assets of the guilds they lead; `kpiRead` follows `readResult`.
 */
function permissionsMock(
  readResult:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      requests.map(() => ({
        result:
          userOf(credentials) === BLOCKED ? AuthorizeResult.DENY : readResult,
      })),
    authorizeConditional: portalAssetPolicy({
      permission: curationDecisionCreatePermission,
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

const decision = (overrides: Record<string, unknown> = {}) => ({
  id: 'cur-1',
  entityRef: LIBRARY,
  decision: 'featured',
  ...overrides,
});

const post = (server: any, user: string, body: object) =>
  request(server)
    .post('/api/ai-marketplace/curation-decisions')
    .set('Authorization', mockCredentials.user.header(user))
    .send(body);

const getCuration = (server: any, entityRef: string, user = SAM) =>
  request(server)
    .get('/api/ai-marketplace/curation')
    .query({ entityRef })
    .set('Authorization', mockCredentials.user.header(user));

afterEach(() => {
  jest.useRealTimers();
});

describe('POST /curation-decisions', () => {
  it('lets a lead of the asset guild feature it, attributed to the lead, and audits it', async () => {
    const { server, auditEvents } = await startBackend();
    const res = await post(server, SAM, decision());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      status: 'recorded',
      decision: {
        id: 'cur-1',
        entityRef: LIBRARY,
        decision: 'featured',
        decidedBy: SAM,
        decidedAt: NOW.toISOString(),
      },
    });
    expect(auditEvents).toEqual([
      { eventId: 'curation-decision-record', outcome: 'success' },
    ]);
  });

  it('lets a lead review one prompt of the library, with a note', async () => {
    const { server } = await startBackend();
    const res = await post(
      server,
      SAM,
      decision({
        decision: 'reviewed',
        promptId: 'first-response',
        note: 'Tone checked against the new style guide',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.decision).toMatchObject({
      promptId: 'first-response',
      note: 'Tone checked against the new style guide',
    });
  });

  it('answers 403 to a user who does not lead the asset guild, and audits the failure', async () => {
    const { server, auditEvents } = await startBackend();
    const res = await post(server, MARIA, decision());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      `You are not allowed to curate ${LIBRARY}: only the leads of group:default/support-automation-guild and admins may`,
    );
    expect(auditEvents).toEqual([
      { eventId: 'curation-decision-record', outcome: 'fail' },
    ]);
  });

  it('answers 403 on an asset whose guild names no leads, even to a lead of another guild', async () => {
    const { server } = await startBackend();
    const res = await post(server, SAM, decision({ entityRef: LEGAL }));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(
      'only the leads of group:default/ai-risk-guild and admins may',
    );
  });

  it('leaves an asset without a guild to those the policy allows outright', async () => {
    const { server } = await startBackend();
    const lead = await post(server, SAM, decision({ entityRef: ORPHAN }));
    expect(lead.status).toBe(403);
    expect(lead.body.error.message).toBe(
      `You are not allowed to curate ${ORPHAN}: it has no guild, so only admins may`,
    );
    const admin = await post(server, ADMIN, decision({ entityRef: ORPHAN }));
    expect(admin.status).toBe(201);
    expect(admin.body.decision.decidedBy).toBe(ADMIN);
  });

  it('lets an admin (allowed by the policy) curate any guild asset', async () => {
    const { server } = await startBackend();
    expect((await post(server, ADMIN, decision())).status).toBe(201);
    expect(
      (
        await post(
          server,
          ADMIN,
          decision({ id: 'cur-2', entityRef: LEGAL, decision: 'deprecated' }),
        )
      ).status,
    ).toBe(201);
  });

  it('answers 403 when the policy denies curation outright', async () => {
    const { server } = await startBackend();
    const res = await post(server, BLOCKED, decision());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'You are not allowed to ai-marketplace.curation-decision.create',
    );
  });

  it('answers 401 without credentials and 403 to a service', async () => {
    const { server } = await startBackend();
    const none = await request(server)
      .post('/api/ai-marketplace/curation-decisions')
      .set('Authorization', mockCredentials.none.header())
      .send(decision());
    expect(none.status).toBe(401);
    const service = await request(server)
      .post('/api/ai-marketplace/curation-decisions')
      .set('Authorization', mockCredentials.service.header())
      .send(decision());
    expect(service.status).toBe(403);
  });

  it('replays an id idempotently (200, the first decision) and answers 409 for other content', async () => {
    const { server } = await startBackend();
    expect((await post(server, SAM, decision())).status).toBe(201);
    jest.setSystemTime(new Date('2026-11-21T12:05:00Z'));
    const replay = await post(server, SAM, decision());
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({
      status: 'replayed',
      decision: { decidedAt: NOW.toISOString() },
    });
    const changed = await post(
      server,
      SAM,
      decision({ decision: 'deprecated' }),
    );
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain('cur-1');
    // The same id from another curator is not a replay either.
    expect((await post(server, ADMIN, decision())).status).toBe(409);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a review without a note', { decision: 'reviewed' }, 'note: is required'],
    ['a blank note', { decision: 'reviewed', note: '   ' }, 'note: '],
    ['an unknown decision', { decision: 'liked' }, 'decision: '],
    ['a missing id', { id: undefined }, 'id: '],
    ['an id with spaces', { id: 'my decision' }, 'id: must be 1-64'],
    ['a decider in the body', { decidedBy: MARIA }, 'decidedBy'],
    [
      'a prompt id on a workflow',
      { entityRef: LEGAL, promptId: 'first-response' },
      'promptId: only a PromptLibrary has prompts',
    ],
    [
      'a prompt the library does not have',
      { promptId: 'nope' },
      `promptId: "nope" is not a prompt of ${LIBRARY}`,
    ],
    [
      'an asset not in the catalog',
      { entityRef: 'promptlibrary:default/nope' },
      'entityRef: "promptlibrary:default/nope" is not an AIWorkflow or PromptLibrary in the catalog',
    ],
    [
      'an entity of another kind',
      { entityRef: 'component:default/billing-api' },
      'entityRef: ',
    ],
    ['a malformed entity ref', { entityRef: 'aiworkflow:' }, 'entityRef: '],
  ])(
    'answers 400 naming the field for %s',
    async (_what, overrides, message) => {
      const { server } = await startBackend();
      const res = await post(server, SAM, decision(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );
});

describe('GET /curation', () => {
  it('shows the current state of the asset and of each prompt, and the history newest first', async () => {
    const { server } = await startBackend();
    const at = (minute: number) =>
      jest.setSystemTime(new Date(Date.UTC(2026, 10, 21, 12, minute)));
    at(0);
    await post(server, SAM, decision({ id: 'd1' }));
    at(1);
    await post(server, SAM, decision({ id: 'd2', decision: 'deprecated' }));
    at(2);
    await post(server, ADMIN, decision({ id: 'd3', decision: 'undeprecated' }));
    at(3);
    await post(
      server,
      SAM,
      decision({
        id: 'd4',
        promptId: 'refund-reply',
        decision: 'reviewed',
        note: 'Refund limits updated',
      }),
    );
    at(4);
    await post(
      server,
      SAM,
      decision({ id: 'd5', promptId: 'refund-reply', decision: 'deprecated' }),
    );

    const res = await getCuration(server, LIBRARY, MARIA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: LIBRARY,
      asset: { featured: true, deprecated: false, lastReview: null },
      prompts: [
        {
          promptId: 'first-response',
          featured: false,
          deprecated: false,
          lastReview: null,
        },
        {
          promptId: 'refund-reply',
          featured: false,
          deprecated: true,
          lastReview: {
            at: '2026-11-21T12:03:00.000Z',
            by: SAM,
            note: 'Refund limits updated',
          },
        },
      ],
      history: expect.any(Array),
    });
    expect(res.body.history.map((d: { id: string }) => d.id)).toEqual([
      'd5',
      'd4',
      'd3',
      'd2',
      'd1',
    ]);
    expect(res.body.history[2]).toEqual({
      id: 'd3',
      entityRef: LIBRARY,
      decision: 'undeprecated',
      decidedBy: ADMIN,
      decidedAt: '2026-11-21T12:02:00.000Z',
    });
  });

  it('shows a never-curated workflow with no prompts', async () => {
    const { server } = await startBackend();
    const res = await getCuration(server, 'contract-review');
    expect(res.body).toEqual({
      entityRef: LEGAL,
      asset: { featured: false, deprecated: false, lastReview: null },
      prompts: [],
      history: [],
    });
  });

  it.each<[string, Record<string, string>, number, string]>([
    ['no entityRef', {}, 400, 'entityRef: '],
    ['an unknown field', { entityRef: LIBRARY, team: 'x' }, 400, 'team'],
    ['a malformed entityRef', { entityRef: 'aiworkflow:' }, 400, 'entityRef: '],
    [
      'an entity of another kind',
      { entityRef: 'component:default/billing-api' },
      400,
      'entityRef: ',
    ],
    [
      'an unknown asset',
      { entityRef: 'aiworkflow:default/nope' },
      404,
      'aiworkflow:default/nope',
    ],
  ])('answers %s with %s', async (_what, query, status, message) => {
    const { server } = await startBackend();
    const res = await request(server)
      .get('/api/ai-marketplace/curation')
      .query(query)
      .set('Authorization', mockCredentials.user.header(SAM));
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 401 without credentials and 403 without the KPI read permission', async () => {
    const open = await startBackend();
    const none = await request(open.server)
      .get('/api/ai-marketplace/curation')
      .query({ entityRef: LIBRARY })
      .set('Authorization', mockCredentials.none.header());
    expect(none.status).toBe(401);
    const denied = await startBackend(AuthorizeResult.DENY);
    const res = await getCuration(denied.server, LIBRARY);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(kpiReadPermission.name);
  });
});
