import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useApi } from '@backstage/core-plugin-api';
import { marketplaceApiRef } from '../../api';
import type { UserTeam } from '../../hooks/useUserTeams';
import { newEventId } from '../../lib/newEventId';
import { ErrorText } from '../ErrorText';

/**
 * "Adopt": records that the chosen team now uses the workflow, so the owner
 * gets the credit and the organisation sees the reuse.
 */
export function AdoptSection(props: {
  entityRef: string;
  team: UserTeam;
  isOwnerTeam: boolean;
}) {
  const { entityRef, team, isOwnerTeam } = props;
  const api = useApi(marketplaceApiRef);
  const [saving, setSaving] = useState(false);
  const [recordedFor, setRecordedFor] = useState<string>();
  const [error, setError] = useState<Error>();

  const adopt = async () => {
    setSaving(true);
    setError(undefined);
    setRecordedFor(undefined);
    try {
      await api.recordReuseEvent({
        id: newEventId(),
        entityRef,
        type: 'adopted',
        team: team.ref,
      });
      setRecordedFor(team.title);
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box mb={3}>
      <Typography variant="subtitle2" component="h4">
        Adopt
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Your team runs this workflow now, or its own copy of it. Recording it
        credits the owning team and shows others it travels well.
        {isOwnerTeam &&
          ` ${team.title} owns it: adoption by another team is what counts as reuse.`}
      </Typography>
      <Button
        variant="contained"
        color="primary"
        onClick={adopt}
        disabled={saving}
      >
        Adopt for {team.title}
      </Button>
      {recordedFor && (
        <Typography variant="body2" role="status">
          Recorded: {recordedFor} adopted this workflow.
        </Typography>
      )}
      {error && (
        <ErrorText role="alert">
          The adoption was not recorded: {error.message}
        </ErrorText>
      )}
    </Box>
  );
}
