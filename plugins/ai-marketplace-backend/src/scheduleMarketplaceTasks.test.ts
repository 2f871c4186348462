import {
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readAiMarketplaceConfig } from './config';
import { CatalogAssetStore } from './database/CatalogAssetStore';
import { DuplicateClusterStore } from './database/DuplicateClusterStore';
import { ReuseEventRetentionStore } from './database/ReuseEventRetentionStore';
import { ReuseBlockFoldStore } from './database/ReuseBlockFoldStore';
import { scheduleMarketplaceTasks } from './scheduleMarketplaceTasks';

type ScheduledTask = SchedulerServiceTaskInvocationDefinition &
  SchedulerServiceTaskScheduleDefinition;

const workflow: Entity = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name: 'triage' },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner: 'group:default/customer-support',
    function: 'support',
    actionTier: 'read',
    riskTier: 'low',
  },
};

describe('scheduleMarketplaceTasks', () => {
  it('schedules the three tasks with the configured schedules and settings', async () => {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    const catalogAssets: jest.Mocked<CatalogAssetStore> = {
      replaceSnapshot: jest.fn().mockResolvedValue({
        added: 1,
        updated: 0,
        returned: 0,
        removed: 0,
      }),
      presentAssets: jest.fn(),
    };
    const duplicateClusters: jest.Mocked<DuplicateClusterStore> = {
      replaceRun: jest.fn(),
      lastRun: jest.fn(),
    };
    const reuseEventRetention: jest.Mocked<ReuseEventRetentionStore> = {
      deleteOccurredBefore: jest.fn().mockResolvedValue(0),
    };
    // Two full chunks and a short one: the task folds until none is left.
    const reuseBlockFold: jest.Mocked<ReuseBlockFoldStore> = {
      foldUnfolded: jest
        .fn()
        .mockResolvedValueOnce({ rows: 5000, events: 9000 })
        .mockResolvedValueOnce({ rows: 5000, events: 8000 })
        .mockResolvedValueOnce({ rows: 12, events: 20 }),
      rollTrailingBlocks: jest.fn().mockResolvedValue([]),
    };
    const config = readAiMarketplaceConfig(
      mockServices.rootConfig({
        data: {
          aiMarketplace: {
            catalogSync: {
              schedule: { frequency: { minutes: 10 }, timeout: { minutes: 2 } },
            },
            duplicates: { similarityThreshold: 0.7 },
            retention: { rawEventDays: 30 },
            kpiRollups: {
              schedule: { frequency: { seconds: 15 }, timeout: { minutes: 1 } },
              trailingWindows: [7, 30],
            },
          },
        },
      }),
    );

    await scheduleMarketplaceTasks({
      scheduler,
      logger,
      auth: mockServices.auth(),
      catalog: catalogServiceMock({ entities: [workflow] }),
      config,
      catalogAssets,
      duplicateClusters,
      reuseEventRetention,
      reuseBlockFold,
    });

    const tasks = new Map(
      scheduler.scheduleTask.mock.calls.map(([task]) => [
        task.id,
        task as ScheduledTask,
      ]),
    );
    expect([...tasks.keys()]).toEqual([
      'ai-marketplace-catalog-sync',
      'ai-marketplace-duplicate-detection',
      'ai-marketplace-reuse-event-retention',
      'ai-marketplace-reuse-block-fold',
    ]);
    expect(tasks.get('ai-marketplace-catalog-sync')).toMatchObject({
      frequency: { minutes: 10 },
      timeout: { minutes: 2 },
    });
    expect(tasks.get('ai-marketplace-duplicate-detection')).toMatchObject(
      config.duplicates.schedule,
    );
    expect(tasks.get('ai-marketplace-reuse-event-retention')).toMatchObject(
      config.retention.schedule,
    );
    expect(tasks.get('ai-marketplace-reuse-block-fold')).toMatchObject({
      frequency: { seconds: 15 },
      timeout: { minutes: 1 },
    });

    const signal = new AbortController().signal;
    for (const task of tasks.values()) {
      await task.fn(signal);
    }
    expect(catalogAssets.replaceSnapshot).toHaveBeenCalledWith(
      [expect.objectContaining({ entityRef: 'aiworkflow:default/triage' })],
      expect.any(Date),
    );
    expect(duplicateClusters.replaceRun).toHaveBeenCalledWith(
      expect.objectContaining({ similarityThreshold: 0.7, candidates: 1 }),
    );
    const [cutoff] = reuseEventRetention.deleteOccurredBefore.mock.calls[0];
    expect(Date.now() - cutoff.getTime()).toBeGreaterThanOrEqual(
      30 * 86_400_000,
    );
    expect(Date.now() - cutoff.getTime()).toBeLessThan(31 * 86_400_000);
    // Today's trailing blocks first, of the configured lengths.
    expect(reuseBlockFold.rollTrailingBlocks).toHaveBeenCalledWith(
      new Date().toISOString().slice(0, 10),
      [7, 30],
    );
    expect(
      reuseBlockFold.rollTrailingBlocks.mock.invocationCallOrder[0],
    ).toBeLessThan(reuseBlockFold.foldUnfolded.mock.invocationCallOrder[0]);
    expect(reuseBlockFold.foldUnfolded).toHaveBeenCalledTimes(3);
    expect(reuseBlockFold.foldUnfolded).toHaveBeenCalledWith(5000);
  });
});
