import { IncidentSeverity } from '@ai-marketplace/plugin-ai-marketplace-common';
import { InputError, NotAllowedError } from '@backstage/errors';
import { NewIncident } from '../database/IncidentStore';
import { timeNotInFuture } from '../service/clientTime';
import { normalisedEntityRef } from '../service/normalisedEntityRef';

/** Who reports: a user, with their groups, or a service. */
export type IncidentReporter =
  | { type: 'user'; ref: string; groups: Set<string> }
  | { type: 'service'; ref: string };

/**
 * Turns a validated report into what to store. A user reports for one of
 * their teams, which they must name; a service belongs to no team, so it
 * names none. The time may not be in the future.
 */
export function resolveIncident(options: {
  input: {
    id: string;
    severity: IncidentSeverity;
    summary: string;
    occurredAt?: string;
    team?: string;
  };
  entityRef: string;
  reporter: IncidentReporter;
  now: Date;
}): NewIncident {
  const { input, reporter } = options;
  let teamRef: string | undefined;
  if (reporter.type === 'user') {
    if (input.team === undefined) {
      throw new InputError(
        'team: required: the team you report the incident for, one of your groups',
      );
    }
    teamRef = normalisedEntityRef(input.team, 'group', 'team');
    if (!reporter.groups.has(teamRef)) {
      throw new NotAllowedError(
        `team: you are not a member of ${teamRef}, so you cannot act for it`,
      );
    }
  } else if (input.team !== undefined) {
    throw new InputError('team: a service reports for no team; leave team out');
  }
  return {
    id: input.id,
    entityRef: options.entityRef,
    severity: input.severity,
    summary: input.summary,
    occurredAt: timeNotInFuture(input.occurredAt, 'occurredAt', options.now),
    reportedBy: reporter.ref,
    teamRef,
  };
}
