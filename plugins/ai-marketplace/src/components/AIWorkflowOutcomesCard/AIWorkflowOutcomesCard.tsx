import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AIWorkflowOutcomeMetric,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { KindMismatch } from '../KindMismatch';

const TITLE = 'Outcomes';

/** "95 → 30 minutes": where the number stands and where it should go. */
function describeChange(metric: AIWorkflowOutcomeMetric): string {
  const { baseline, target, unit } = metric;
  const withUnit = (value: number) => {
    if (!unit) return `${value}`;
    return unit === '%' ? `${value}%` : `${value} ${unit}`;
  };
  if (baseline !== undefined && target !== undefined) {
    return `${baseline} → ${withUnit(target)}`;
  }
  if (target !== undefined) {
    return `target ${withUnit(target)}, no baseline measured`;
  }
  if (baseline !== undefined) {
    return `baseline ${withUnit(baseline)}, no target set`;
  }
  return 'no baseline or target yet';
}

/** The business numbers an AI workflow is meant to move. */
export function AIWorkflowOutcomesCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  const metrics = entity.spec.outcomeMetrics ?? [];

  return (
    <EntityInfoCard title={TITLE}>
      {metrics.length === 0 ? (
        <>
          <Typography variant="body1" paragraph>
            No outcome metrics declared yet.
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Name the business numbers this workflow should move, each with a
            baseline and a target, under <code>spec.outcomeMetrics</code>.
          </Typography>
        </>
      ) : (
        <Table size="small" aria-label="Outcome metrics">
          <TableHead>
            <TableRow>
              <TableCell>Metric</TableCell>
              <TableCell>Baseline → target</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {metrics.map(metric => (
              <TableRow key={metric.name}>
                <TableCell>{metric.name}</TableCell>
                <TableCell>{describeChange(metric)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </EntityInfoCard>
  );
}
