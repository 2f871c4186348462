import { aiMarketplaceScorecardExtensionPoint } from '@ai-marketplace/plugin-ai-marketplace-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { aiMarketplacePlugin } from '../plugin';
import { workflow } from './__testUtils__/readinessFixtures';

/** A module adding a check, as another team would write it. */
const runbookChecks = createBackendModule({
  pluginId: 'ai-marketplace',
  moduleId: 'runbook-checks',
  register(env) {
    env.registerInit({
      deps: { scorecards: aiMarketplaceScorecardExtensionPoint },
      async init({ scorecards }) {
        scorecards.addChecks({
          id: 'runbook-linked',
          title: 'Runbook linked',
          description: 'A link titled "Runbook" in metadata.links',
          appliesTo: ['AIWorkflow'],
          evaluate: asset =>
            asset.metadata.links?.some(l => l.title === 'Runbook')
              ? { status: 'pass', reason: 'Runbook linked' }
              : { status: 'fail', reason: 'No runbook', fix: 'Link it' },
        });
      },
    });
  },
});

describe('the scorecard extension point', () => {
  it('adds a module’s checks, which configured levels may name', async () => {
    const { server } = await startTestBackend({
      features: [
        aiMarketplacePlugin,
        runbookChecks,
        catalogServiceMock.factory({ entities: [workflow()] }),
        mockServices.permissions.factory(),
        mockServices.rootConfig.factory({
          data: {
            aiMarketplace: {
              scorecards: {
                levels: [
                  { id: 'basic', checks: ['runbook-linked', 'dri-named'] },
                ],
              },
            },
          },
        }),
      ],
    });
    const checks = await request(server)
      .get('/api/ai-marketplace/scorecards/checks')
      .set('Authorization', mockCredentials.user.header());
    expect(checks.body.checks.at(-1)).toMatchObject({
      id: 'runbook-linked',
      levels: ['basic'],
    });
    expect(checks.body.levels).toEqual([
      { id: 'basic', checks: ['runbook-linked', 'dri-named'] },
    ]);

    const scorecard = await request(server)
      .get('/api/ai-marketplace/scorecards/entity')
      .query({ entityRef: 'aiworkflow:default/support-ticket-triage' })
      .set('Authorization', mockCredentials.user.header());
    expect(
      scorecard.body.checks.find(
        (c: { checkId: string }) => c.checkId === 'runbook-linked',
      ),
    ).toMatchObject({ status: 'pass', title: 'Runbook linked' });
    // The DRI is not in this catalog: stale, so "basic" is not reached.
    expect(scorecard.body.nextLevel).toMatchObject({
      level: 'basic',
      missing: [{ checkId: 'dri-named', status: 'stale' }],
    });
  });
});
