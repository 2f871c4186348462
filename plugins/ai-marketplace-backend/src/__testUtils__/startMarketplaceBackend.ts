import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import { aiMarketplacePlugin } from '../plugin';

/** An auditor event a test saw: which write, and how it ended. */
export type AuditedEvent = { eventId: string; outcome?: string };

/**
 * Starts the real plugin over HTTP with the given catalog and permissions
 * mocks, records auditor events, and pins only the clock (timers run as
 * usual, so the backend still starts and answers).
 */
export async function startMarketplaceBackend(options: {
  now: Date;
  catalog: BackendFeature;
  permissions: BackendFeature;
  features?: BackendFeature[];
}) {
  const auditor = mockServices.auditor.mock();
  const auditEvents: AuditedEvent[] = [];
  auditor.createEvent.mockImplementation(async ({ eventId }) => ({
    success: async () => {
      auditEvents.push({ eventId, outcome: 'success' });
    },
    fail: async () => {
      auditEvents.push({ eventId, outcome: 'fail' });
    },
  }));
  jest.useFakeTimers({
    now: options.now,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'queueMicrotask',
    ],
  });
  const { server } = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      options.catalog,
      options.permissions,
      auditor.factory,
      ...(options.features ?? []),
    ],
  });
  return { server, auditEvents };
}
