import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { useUserTeams } from '../../hooks/useUserTeams';
import { isSameSpecRef } from '../../lib/refs';
import { KindMismatch } from '../KindMismatch';
import { TeamPicker } from '../TeamPicker';
import { AdoptSection } from './AdoptSection';
import { ExperimentSection } from './ExperimentSection';

const TITLE = 'Use this workflow';

function ActionsContent(props: { workflow: AIWorkflowEntityV1alpha1 }) {
  const { workflow } = props;
  const entityRef = stringifyEntityRef(workflow);
  const teams = useUserTeams();
  const [picked, setPicked] = useState<string>();

  // No action before the teams are known: each one is taken for a team the
  // user sees and may change, so none can be lost to a click while loading.
  if (teams.loading) {
    return <Progress />;
  }
  if (teams.error) {
    return <ResponseErrorPanel error={teams.error} />;
  }
  const all = teams.value ?? [];
  if (all.length === 0) {
    return (
      <Typography variant="body2">
        The catalog lists you in no team, so there is no team to record an
        adoption or an experiment for. Ask for your user to be added to your
        team's group.
      </Typography>
    );
  }
  const team = all.find(t => t.ref === picked) ?? all[0];
  const isOwnerTeam = isSameSpecRef(
    workflow.spec.owner,
    team.ref,
    'group',
    workflow.metadata.namespace ?? DEFAULT_NAMESPACE,
  );

  return (
    <>
      {/* Room above for the outlined field's label, which the card clips. */}
      <Box pt={1} mb={2}>
        <TeamPicker
          id="workflow-actions-team"
          label="Acting for"
          teams={all}
          value={team.ref}
          onChange={setPicked}
        />
      </Box>
      <AdoptSection
        entityRef={entityRef}
        team={team}
        isOwnerTeam={isOwnerTeam}
      />
      <ExperimentSection entityRef={entityRef} team={team} teams={all} />
    </>
  );
}

/**
 * What a team does with a workflow it found: adopt it, or try it first as
 * an experiment and log how that went. Recorded for one of the user's
 * teams, as the catalog lists them.
 */
export function AIWorkflowActionsCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  return (
    <EntityInfoCard title={TITLE}>
      <ActionsContent workflow={entity} />
    </EntityInfoCard>
  );
}
