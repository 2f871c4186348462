import { ReuseEvent } from '../database/ReuseEventStore';

export const TRIAGE = 'aiworkflow:default/support-ticket-triage';
export const PROMPTS = 'promptlibrary:default/support-prompts';
export const SUPPORT = 'group:default/customer-support';
export const FINANCE = 'group:default/finance';

/** An `invoked` of TRIAGE by customer-support on 2026-11-02, unless overridden. */
export function reuseEvent(
  overrides: Partial<ReuseEvent> & { id: string },
): ReuseEvent {
  return {
    entityRef: TRIAGE,
    type: 'invoked',
    userRef: 'user:default/sam.chen',
    teamRef: SUPPORT,
    occurredAt: new Date('2026-11-02T10:00:00Z'),
    ...overrides,
  };
}
