import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { CheckStatus as CheckStatusValue } from '@ai-marketplace/plugin-ai-marketplace-common';

/**
 * Worst first. `stale` ranks below `fail`, as the backend scores it: the
 * evidence was claimed once and let lapse, which is worse than never
 * claiming it.
 */
export const STATUS_ORDER: CheckStatusValue[] = [
  'stale',
  'fail',
  'exempt',
  'pass',
  'not-applicable',
];

/** A check's status with its colour: stale red, fail amber, pass green. */
export function CheckStatus(props: { status: CheckStatusValue }) {
  switch (props.status) {
    case 'stale':
      return <StatusError>stale</StatusError>;
    case 'fail':
      return <StatusWarning>fail</StatusWarning>;
    case 'pass':
      return <StatusOK>pass</StatusOK>;
    case 'exempt':
      return <StatusPending>exempt</StatusPending>;
    default:
      return <StatusAborted>not applicable</StatusAborted>;
  }
}
