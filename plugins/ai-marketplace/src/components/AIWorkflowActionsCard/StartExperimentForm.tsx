import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useApi } from '@backstage/core-plugin-api';
import { marketplaceApiRef } from '../../api';
import type { UserTeam } from '../../hooks/useUserTeams';
import { newEventId } from '../../lib/newEventId';
import { ErrorText } from '../ErrorText';

/** Self-serve as a select: "not sure yet" leaves it to the finish. */
export const SELF_SERVE_CHOICES = [
  { value: 'yes', label: 'Yes: without the central AI team' },
  { value: 'no', label: 'No: with the central AI team' },
] as const;

const SELF_SERVE_VALUES: Record<string, boolean> = { yes: true, no: false };

/** The choice as the API takes it; undefined for "not sure yet". */
export const selfServeOf = (choice: string): boolean | undefined =>
  SELF_SERVE_VALUES[choice];

/** Starting an experiment with the workflow, for the chosen team. */
export function StartExperimentForm(props: {
  entityRef: string;
  team: UserTeam;
  onStarted: () => void;
}) {
  const { entityRef, team, onStarted } = props;
  const api = useApi(marketplaceApiRef);
  const [selfServe, setSelfServe] = useState('unknown');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();

  const start = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const choice = selfServeOf(selfServe);
      await api.startExperiment({
        id: newEventId(),
        entityRef,
        team: team.ref,
        ...(choice === undefined ? {} : { selfServe: choice }),
      });
      setSelfServe('unknown');
      onStarted();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={16}>
      <TextField
        id="experiment-start-self-serve"
        select
        label="Self-serve?"
        value={selfServe}
        onChange={event => setSelfServe(event.target.value)}
        variant="outlined"
        size="small"
        style={{ minWidth: 280 }}
      >
        <MenuItem value="unknown">Not sure yet: say when finishing</MenuItem>
        {SELF_SERVE_CHOICES.map(choice => (
          <MenuItem key={choice.value} value={choice.value}>
            {choice.label}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="outlined"
        color="primary"
        onClick={start}
        disabled={saving}
      >
        Start an experiment for {team.title}
      </Button>
      {error && (
        <ErrorText role="alert">
          The experiment was not started: {error.message}
        </ErrorText>
      )}
    </Box>
  );
}
