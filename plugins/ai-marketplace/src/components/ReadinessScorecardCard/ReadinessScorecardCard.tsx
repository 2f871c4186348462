import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  EntityScorecard,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  scorecardExemptionManagePermission,
  scorecardRecomputePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { marketplaceApiRef } from '../../api';
import { KindMismatch } from '../KindMismatch';
import { CheckStatus, STATUS_ORDER } from './CheckStatus';
import { ExemptionsSection } from './ExemptionsSection';

const TITLE = 'Readiness';

const levelName = (level: string) =>
  level.charAt(0).toLocaleUpperCase('en-US') + level.slice(1);

function LevelSummary(props: { scorecard: EntityScorecard }) {
  const { scorecard } = props;
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8} mb={1}>
      <Typography variant="h6" component="p">
        {scorecard.level ? (
          <>
            Level <Chip color="primary" label={levelName(scorecard.level)} />
          </>
        ) : (
          'No readiness level yet'
        )}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Score {Math.round(scorecard.score * 100)}% · computed{' '}
        {scorecard.computedAt.slice(0, 10)}
      </Typography>
    </Box>
  );
}

function NextLevel(props: { scorecard: EntityScorecard }) {
  const { nextLevel, level } = props.scorecard;
  if (!nextLevel) {
    return (
      <Typography variant="body2" paragraph>
        {level
          ? `${levelName(level)} is the top level: keep the checks passing.`
          : 'No readiness levels are configured.'}
      </Typography>
    );
  }
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h4">
        To reach {levelName(nextLevel.level)}
      </Typography>
      <ul aria-label={`Missing for ${levelName(nextLevel.level)}`}>
        {nextLevel.missing.map(item => (
          <li key={item.checkId}>
            {/* The status badge is a block; keep it beside the text. */}
            <Box display="flex" alignItems="baseline" style={{ gap: 8 }}>
              <CheckStatus status={item.status} />
              <Typography variant="body2" component="span">
                <strong>{item.title}</strong>: {item.fix ?? item.reason}
              </Typography>
            </Box>
          </li>
        ))}
      </ul>
    </Box>
  );
}

function ChecksTable(props: { scorecard: EntityScorecard }) {
  const checks = [...props.scorecard.checks].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  return (
    <>
      <Table size="small" aria-label="Readiness checks">
        <TableHead>
          <TableRow>
            <TableCell>Status</TableCell>
            <TableCell>Check</TableCell>
            <TableCell>What was found</TableCell>
            <TableCell>What to do</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {checks.map(check => (
            <TableRow key={check.checkId}>
              <TableCell>
                <CheckStatus status={check.status} />
              </TableCell>
              <TableCell>{check.title}</TableCell>
              <TableCell>{check.reason}</TableCell>
              <TableCell>{check.fix ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="textSecondary" component="p">
        Stale: the evidence exists but is older than its cadence; it counts
        below a fail. Exempt: a guild lead or admin waived a fail or stale
        result until a set day.
      </Typography>
    </>
  );
}

function ScorecardContent(props: { entity: Entity }) {
  const api = useApi(marketplaceApiRef);
  const entityRef = stringifyEntityRef(props.entity);
  const scorecard = useAsyncRetry(
    () => api.getEntityScorecard(entityRef),
    [api, entityRef],
  );
  const exemptions = useAsyncRetry(
    () => api.listExemptions(entityRef, 'all'),
    [api, entityRef],
  );
  const { allowed: canManage } = usePermission({
    permission: scorecardExemptionManagePermission,
    resourceRef: entityRef,
  });
  const { allowed: canRecompute } = usePermission({
    permission: scorecardRecomputePermission,
  });
  // A recompute answers with the new scorecard; shown until the next reload.
  const [recomputed, setRecomputed] = useState<EntityScorecard>();
  const [recomputing, setRecomputing] = useState(false);
  const [actionError, setActionError] = useState<Error>();

  const recompute = async () => {
    setRecomputing(true);
    setActionError(undefined);
    try {
      setRecomputed(await api.recomputeEntityScorecard(entityRef));
    } catch (e) {
      setActionError(e as Error);
    } finally {
      setRecomputing(false);
    }
  };
  const reload = () => {
    setRecomputed(undefined);
    scorecard.retry();
    exemptions.retry();
  };

  if (scorecard.loading && !scorecard.value && !recomputed) {
    return <Progress />;
  }
  if (scorecard.error) {
    return <ResponseErrorPanel error={scorecard.error} />;
  }
  const shown = recomputed ?? scorecard.value!;

  return (
    <>
      <Box
        display="flex"
        justifyContent="space-between"
        alignItems="flex-start"
      >
        <LevelSummary scorecard={shown} />
        {canRecompute && (
          <Button
            size="small"
            variant="outlined"
            onClick={recompute}
            disabled={recomputing}
          >
            {recomputing ? 'Recomputing…' : 'Recompute'}
          </Button>
        )}
      </Box>
      {actionError && (
        <ResponseErrorPanel error={actionError} title="Recompute failed" />
      )}
      <NextLevel scorecard={shown} />
      <ChecksTable scorecard={shown} />
      {exemptions.error && (
        <ResponseErrorPanel
          error={exemptions.error}
          title="The exemptions could not be loaded"
        />
      )}
      {exemptions.loading && !exemptions.value && <Progress />}
      {exemptions.value && (
        <ExemptionsSection
          entityRef={entityRef}
          scorecard={shown}
          exemptions={exemptions.value.exemptions}
          canManage={canManage}
          onChanged={reload}
        />
      )}
    </>
  );
}

/**
 * How ready an AI workflow or prompt library is: its level, each check with
 * what was found and what to do, what stands between it and the next level,
 * and the exemptions in force. Guild leads and admins manage exemptions;
 * users allowed to can recompute at once instead of waiting for the run.
 */
export function ReadinessScorecardCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity) && !isPromptLibraryEntity(entity)) {
    return (
      <KindMismatch title={TITLE} expectedKind="AIWorkflow or PromptLibrary" />
    );
  }
  return (
    <EntityInfoCard title={TITLE}>
      <ScorecardContent entity={entity} />
    </EntityInfoCard>
  );
}
