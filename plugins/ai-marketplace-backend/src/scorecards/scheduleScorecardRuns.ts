import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ScorecardRunner } from './ScorecardRunner';

/** The id of the scheduled run over the whole catalog. */
export const SCORECARD_TASK_ID = 'ai-marketplace-scorecards';

/**
 * Schedules the readiness run over the whole catalog. The task is global:
 * with several backend instances, one runs it at a time.
 */
export async function scheduleScorecardRuns(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  runner: ScorecardRunner;
  schedule: SchedulerServiceTaskScheduleDefinition;
}): Promise<void> {
  const logger = options.logger.child({ task: SCORECARD_TASK_ID });
  await options.scheduler.scheduleTask({
    id: SCORECARD_TASK_ID,
    ...options.schedule,
    fn: async signal => {
      await options.runner.runAll({ now: new Date(), signal, logger });
    },
  });
}
