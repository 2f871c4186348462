/** How a team used an asset. */
export const REUSE_EVENT_TYPES = [
  'viewed',
  'copied',
  'adopted',
  'forked',
  'invoked',
] as const;

/** @public */
export type ReuseEventType = (typeof REUSE_EVENT_TYPES)[number];

/** A reuse event as a client sends it; the user comes from its credentials. */
export type ReuseEventInput = {
  /** Client-supplied id (1–64 of `A-Za-z0-9._:-`); a replay records nothing new. */
  id: string;
  /** The AIWorkflow or PromptLibrary used. */
  entityRef: string;
  /** One prompt of a PromptLibrary, when a single prompt was used. */
  promptId?: string;
  type: ReuseEventType;
  /** The team the user acted for: one of the user's groups. */
  team: string;
  /** ISO-8601 time; defaults to when the backend receives it. */
  occurredAt?: string;
};

/** What recording a batch did. */
export type RecordReuseEventsResponse = {
  /** Events stored by this call. */
  recorded: number;
  /** Events whose id was already stored with the same content. */
  replayed: number;
};

/** Reuse of one asset over a window, from the daily roll-ups. */
export type ReuseSummary = {
  entityRef: string;
  /** The window, inclusive UTC days. */
  from: string;
  to: string;
  total: number;
  byType: Record<ReuseEventType, number>;
  /** Every team that used the asset, most events first. */
  teams: Array<{ teamRef: string; events: number; isOwner: boolean }>;
  /** Teams other than the owner that used it. */
  consumingTeams: number;
  trend: Array<{ period: string; events: number }>;
  interval: 'day' | 'week';
};
