import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Experiment,
  EXPERIMENT_OUTCOMES,
  ExperimentOutcome,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { ErrorText } from '../ErrorText';
import { SELF_SERVE_CHOICES, selfServeOf } from './StartExperimentForm';

const OUTCOME_LABELS: Record<ExperimentOutcome, string> = {
  adopted: 'Adopted: we keep using it',
  abandoned: 'Abandoned: it did not work for us',
  inconclusive: 'Inconclusive',
};

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * Finishing a running experiment of one of the user's teams: how it ended,
 * whether it was self-serve (when the start left it open) and where the
 * learnings are written down — the knowledge-capture KPI counts that link.
 */
export function FinishExperimentForm(props: {
  experiment: Experiment;
  teamTitle: string;
  onFinished: () => void;
}) {
  const { experiment, teamTitle, onFinished } = props;
  const api = useApi(marketplaceApiRef);
  const [outcome, setOutcome] = useState<ExperimentOutcome | ''>('');
  const [selfServe, setSelfServe] = useState('');
  const [learningsUrl, setLearningsUrl] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();

  const needsSelfServe = experiment.selfServe === null;
  const urlProblem =
    learningsUrl.trim() && !isHttpUrl(learningsUrl.trim())
      ? 'An http(s) link'
      : undefined;
  const canFinish =
    !!outcome && (!needsSelfServe || !!selfServe) && !urlProblem && !saving;
  const idPrefix = `experiment-${experiment.id}`;

  const finish = async () => {
    if (!outcome) {
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const choice = needsSelfServe ? selfServeOf(selfServe) : undefined;
      await api.finishExperiment(experiment.id, {
        outcome,
        ...(choice === undefined ? {} : { selfServe: choice }),
        ...(learningsUrl.trim() ? { learningsUrl: learningsUrl.trim() } : {}),
      });
      onFinished();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box
      component="li"
      mb={2}
      aria-label={`Experiment of ${teamTitle} started ${experiment.startedAt.slice(
        0,
        10,
      )}`}
    >
      <Typography variant="body2" gutterBottom>
        <strong>{teamTitle}</strong>, started{' '}
        {experiment.startedAt.slice(0, 10)} by{' '}
        <EntityRefLink entityRef={experiment.startedBy} hideIcon />
        {experiment.selfServe !== null &&
          (experiment.selfServe
            ? ', self-serve'
            : ', with the central AI team')}
      </Typography>
      <Box display="flex" flexWrap="wrap" alignItems="flex-start" gridGap={16}>
        <TextField
          id={`${idPrefix}-outcome`}
          select
          label="Outcome"
          value={outcome}
          onChange={event =>
            setOutcome(event.target.value as ExperimentOutcome)
          }
          variant="outlined"
          size="small"
          style={{ minWidth: 220 }}
        >
          {EXPERIMENT_OUTCOMES.map(value => (
            <MenuItem key={value} value={value}>
              {OUTCOME_LABELS[value]}
            </MenuItem>
          ))}
        </TextField>
        {needsSelfServe && (
          <TextField
            id={`${idPrefix}-self-serve`}
            select
            label="Self-serve?"
            value={selfServe}
            onChange={event => setSelfServe(event.target.value)}
            variant="outlined"
            size="small"
            style={{ minWidth: 260 }}
          >
            {SELF_SERVE_CHOICES.map(choice => (
              <MenuItem key={choice.value} value={choice.value}>
                {choice.label}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          id={`${idPrefix}-learnings`}
          label="Learnings (link)"
          placeholder="https://wiki.example.com/..."
          value={learningsUrl}
          onChange={event => setLearningsUrl(event.target.value)}
          variant="outlined"
          size="small"
          error={!!urlProblem}
          helperText={urlProblem ?? 'Where the team wrote down what it learnt'}
          style={{ minWidth: 280 }}
        />
        <Button
          variant="outlined"
          color="primary"
          onClick={finish}
          disabled={!canFinish}
        >
          Finish
        </Button>
      </Box>
      {error && (
        <ErrorText role="alert">
          The experiment was not finished: {error.message}
        </ErrorText>
      )}
    </Box>
  );
}
