import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AIWorkflowEntityV1alpha1,
  EvaluationResult,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsync from 'react-use/esm/useAsync';
import { marketplaceApiRef } from '../../api';
import { addIsoDuration, formatIsoPeriod } from '../../lib/duration';
import { formatAge, lastDays } from '../../lib/utcDays';
import { KindMismatch } from '../KindMismatch';
import { WarningText } from '../WarningText';
import { EvalGateChart } from './EvalGateChart';

const TITLE = 'Evaluation gate';
/** The history shown: a year, the longest window the backend reads. */
const HISTORY_DAYS = 365;
const HISTORY_LIMIT = 100;
const RECENT_ROWS = 5;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function GateVerdict(props: { passed: boolean | null; prefix?: string }) {
  const { passed, prefix = '' } = props;
  if (passed === true) {
    return <StatusOK>{prefix}passed</StatusOK>;
  }
  if (passed === false) {
    return <StatusError>{prefix}failed</StatusError>;
  }
  return <StatusWarning>{prefix}not judged: no threshold</StatusWarning>;
}

function LatestResult(props: {
  latest: EvaluationResult;
  workflow: AIWorkflowEntityV1alpha1;
}) {
  const { latest, workflow } = props;
  const threshold = workflow.spec.evaluation?.passRate;
  const cadence = workflow.spec.evaluation?.cadence;
  const due = cadence
    ? addIsoDuration(new Date(latest.evaluatedAt), cadence)
    : undefined;
  const overdue = due !== undefined && due.getTime() < Date.now();

  return (
    <Box mb={2}>
      <Typography variant="h6" component="p">
        <GateVerdict passed={latest.passed} prefix="Gate " />
      </Typography>
      <Typography variant="body1" paragraph>
        Latest result <strong>{percent(latest.passRate)}</strong>
        {latest.threshold !== null &&
          ` against a ${percent(latest.threshold)} threshold`}
        , version <code>{latest.version}</code>, evaluated{' '}
        {formatAge(latest.evaluatedAt)} on <code>{latest.dataset}</code>.
      </Typography>
      {latest.threshold === null && (
        <Typography variant="body2" paragraph>
          No threshold was declared when this result was recorded, so it could
          not pass or fail the gate.
        </Typography>
      )}
      {threshold !== undefined &&
        latest.threshold !== null &&
        threshold !== latest.threshold && (
          <Typography variant="body2" paragraph>
            The threshold is now {percent(threshold)}; the next result is judged
            against it.
          </Typography>
        )}
      {overdue && cadence && (
        <WarningText>
          Older than its cadence (every {formatIsoPeriod(cadence)}): re-run the
          evaluation.
        </WarningText>
      )}
    </Box>
  );
}

function RecentResults(props: { results: EvaluationResult[] }) {
  return (
    <Table size="small" aria-label="Recent evaluation results">
      <TableHead>
        <TableRow>
          <TableCell>Evaluated</TableCell>
          <TableCell>Version</TableCell>
          <TableCell align="right">Pass rate</TableCell>
          <TableCell align="right">Threshold</TableCell>
          <TableCell>Gate</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.results.map(result => (
          <TableRow key={result.id}>
            <TableCell>{result.evaluatedAt.slice(0, 10)}</TableCell>
            <TableCell>
              <code>{result.version}</code>
            </TableCell>
            <TableCell align="right">{percent(result.passRate)}</TableCell>
            <TableCell align="right">
              {result.threshold === null ? '—' : percent(result.threshold)}
            </TableCell>
            <TableCell>
              <GateVerdict passed={result.passed} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function EvalGateContent(props: { workflow: AIWorkflowEntityV1alpha1 }) {
  const { workflow } = props;
  const api = useApi(marketplaceApiRef);
  const entityRef = stringifyEntityRef(workflow);
  const { value, loading, error } = useAsync(
    () =>
      api.listEvaluationResults({
        entityRef,
        ...lastDays(HISTORY_DAYS),
        limit: HISTORY_LIMIT,
      }),
    [api, entityRef],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  const results = value?.items ?? [];
  const threshold = workflow.spec.evaluation?.passRate;
  if (results.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No evaluation results in the last year"
        description={
          threshold === undefined
            ? 'No gate is declared either: declare spec.evaluation with a dataset and a passRate threshold, then post results from CI.'
            : `The gate needs a result of at least ${percent(
                threshold,
              )}. Post evaluation results from CI to /api/ai-marketplace/evaluation-results.`
        }
      />
    );
  }
  const judged = results.filter(result => result.passed !== null);
  const passed = judged.filter(result => result.passed).length;

  return (
    <>
      <LatestResult latest={results[0]} workflow={workflow} />
      <Typography variant="subtitle2" component="h4">
        History
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {results.length === 1
          ? '1 result in the last year'
          : `${results.length} results in the last year`}
        {judged.length > 0 && `, ${passed} of ${judged.length} passed the gate`}
        .
      </Typography>
      {results.length > 1 && <EvalGateChart results={results} />}
      <RecentResults results={results.slice(0, RECENT_ROWS)} />
    </>
  );
}

/**
 * Whether an AI workflow's evaluation gate holds: the latest result from CI
 * against the threshold and how old it is, then a year of history.
 */
export function AIWorkflowEvalGateCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  return (
    <EntityInfoCard title={TITLE}>
      <EvalGateContent workflow={entity} />
    </EntityInfoCard>
  );
}
