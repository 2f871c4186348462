import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { marketplaceApiRef } from '../../api';
import type { UserTeam } from '../../hooks/useUserTeams';
import { lastDays } from '../../lib/utcDays';
import { FinishExperimentForm } from './FinishExperimentForm';
import { StartExperimentForm } from './StartExperimentForm';

/** How far back running experiments are looked for: the longest window the backend reads. */
const RUNNING_LOOKBACK_DAYS = 366;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * "Log experiment": start one for the chosen team, and finish the running
 * ones of any of the user's teams.
 */
export function ExperimentSection(props: {
  entityRef: string;
  team: UserTeam;
  teams: UserTeam[];
}) {
  const { entityRef, team, teams } = props;
  const api = useApi(marketplaceApiRef);
  const running = useAsyncRetry(
    () =>
      api.listExperiments({
        entityRef,
        status: 'running',
        ...lastDays(RUNNING_LOOKBACK_DAYS),
      }),
    [api, entityRef],
  );
  const titles = new Map(teams.map(t => [lower(t.ref), t.title]));
  const ours = (running.value?.items ?? []).filter(experiment =>
    titles.has(lower(experiment.teamRef)),
  );

  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        Log an experiment
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Trying it before committing? Start an experiment, and finish it with the
        outcome and a link to what you learnt.
      </Typography>
      <StartExperimentForm
        entityRef={entityRef}
        team={team}
        onStarted={running.retry}
      />
      <Box mt={2}>
        <Typography variant="subtitle2" component="h5" gutterBottom>
          Running experiments of your teams
        </Typography>
        {running.loading && !running.value && <Progress />}
        {running.error && <ResponseErrorPanel error={running.error} />}
        {running.value &&
          (ours.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              None of your teams has a running experiment with it.
            </Typography>
          ) : (
            <Box
              component="ul"
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Running experiments of your teams"
            >
              {ours.map(experiment => (
                <FinishExperimentForm
                  key={experiment.id}
                  experiment={experiment}
                  teamTitle={titles.get(lower(experiment.teamRef))!}
                  onFinished={running.retry}
                />
              ))}
            </Box>
          ))}
      </Box>
    </Box>
  );
}
