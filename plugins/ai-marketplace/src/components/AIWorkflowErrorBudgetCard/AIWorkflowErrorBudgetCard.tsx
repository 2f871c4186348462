import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityInfoCard,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  AIWorkflowEntityV1alpha1,
  Incident,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsync from 'react-use/esm/useAsync';
import { marketplaceApiRef } from '../../api';
import { formatIsoPeriod } from '../../lib/duration';
import { lastDays } from '../../lib/utcDays';
import { KindMismatch } from '../KindMismatch';
import { WarningText } from '../WarningText';
import { budgetWindow } from './budgetWindow';

const TITLE = 'Error budget';
/** Where no budget (or no readable period) says how far back to look. */
const FALLBACK_DAYS = 30;

const useStyles = makeStyles(theme => ({
  meter: {
    height: 8,
    borderRadius: 4,
    margin: theme.spacing(1, 0, 2),
  },
  within: { backgroundColor: theme.palette.success.main },
  exhausted: { backgroundColor: theme.palette.warning.main },
  exceeded: { backgroundColor: theme.palette.error.main },
}));

type BudgetStatus = 'within' | 'exhausted' | 'exceeded';

/** As the backend's error-budget KPI says it: a budget of none, untouched, is kept. */
function statusOf(budget: number, incidents: number): BudgetStatus {
  if (incidents > budget) {
    return 'exceeded';
  }
  return incidents === budget && budget > 0 ? 'exhausted' : 'within';
}

function BudgetVerdict(props: { budget: number; incidents: number }) {
  const { budget, incidents } = props;
  switch (statusOf(budget, incidents)) {
    case 'exceeded':
      return (
        <StatusError>
          Exceeded by {incidents - budget}: stop widening the rollout and fix
          the causes until the budget is kept.
        </StatusError>
      );
    case 'exhausted':
      return (
        <StatusWarning>
          Used up: the next incident exceeds the budget.
        </StatusWarning>
      );
    default:
      return (
        <StatusOK>
          Within budget
          {budget > incidents &&
            `: ${budget - incidents} more ${
              budget - incidents === 1 ? 'incident' : 'incidents'
            } allowed`}
          .
        </StatusOK>
      );
  }
}

function IncidentTable(props: { incidents: Incident[] }) {
  return (
    <Table size="small" aria-label="Incidents in the period">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell>What happened</TableCell>
          <TableCell>Reported for</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.incidents.map(incident => (
          <TableRow key={incident.id}>
            <TableCell>{incident.occurredAt.slice(0, 10)}</TableCell>
            <TableCell>{incident.severity}</TableCell>
            <TableCell>{incident.summary}</TableCell>
            <TableCell>
              {incident.teamRef ? (
                <EntityRefLink entityRef={incident.teamRef} hideIcon />
              ) : (
                'a service'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ErrorBudgetContent(props: { workflow: AIWorkflowEntityV1alpha1 }) {
  const { workflow } = props;
  const classes = useStyles();
  const api = useApi(marketplaceApiRef);
  const entityRef = stringifyEntityRef(workflow);
  const budget = workflow.spec.errorBudget;
  const period = budget && budgetWindow(budget.period);
  const window = period ?? lastDays(FALLBACK_DAYS);
  const { value, loading, error } = useAsync(
    () => api.listIncidents({ entityRef, from: window.from, to: window.to }),
    [api, entityRef, window.from, window.to],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  const incidents = value?.items ?? [];
  const inWords =
    budget && period
      ? `in the last ${formatIsoPeriod(budget.period)}`
      : `in the last ${FALLBACK_DAYS} days`;
  const count = (n: number) => (n === 1 ? '1 incident' : `${n} incidents`);

  return (
    <>
      {budget && period ? (
        <Box>
          <Typography variant="h6" component="p">
            {incidents.length} of {count(budget.incidents)} used {inWords}
          </Typography>
          <LinearProgress
            variant="determinate"
            aria-label="Share of the error budget used"
            value={
              budget.incidents === 0
                ? Math.min(100, incidents.length * 100)
                : Math.min(100, (incidents.length / budget.incidents) * 100)
            }
            className={classes.meter}
            classes={{
              bar: classes[statusOf(budget.incidents, incidents.length)],
            }}
          />
          <Typography variant="body2" paragraph>
            <BudgetVerdict
              budget={budget.incidents}
              incidents={incidents.length}
            />
          </Typography>
          {period.truncated && (
            <Typography variant="body2" color="textSecondary" paragraph>
              Counted from {period.from}: the backend lists at most a year of
              incidents at a time.
            </Typography>
          )}
        </Box>
      ) : (
        <Box mb={2}>
          <WarningText>
            {budget
              ? `spec.errorBudget.period "${budget.period}" is not an ISO-8601 duration`
              : 'No error budget declared'}
          </WarningText>
          <Typography variant="body2" paragraph>
            Declare spec.errorBudget: the AI incidents allowed per period, e.g.
            2 per P30D. {count(incidents.length)} {inWords}.
          </Typography>
        </Box>
      )}
      {workflow.spec.lifecycle === 'experimental' && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Experimental workflows are not held to their error budget yet.
        </Typography>
      )}
      {incidents.length === 0 ? (
        <Typography variant="body2">No incidents {inWords}.</Typography>
      ) : (
        <IncidentTable incidents={incidents} />
      )}
    </>
  );
}

/**
 * An AI workflow's error budget: the incidents recorded in its budget period
 * against the incidents it allows, said plainly, with the incidents listed.
 */
export function AIWorkflowErrorBudgetCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  return (
    <EntityInfoCard title={TITLE}>
      <ErrorBudgetContent workflow={entity} />
    </EntityInfoCard>
  );
}
