import { useCallback, useRef, useState } from 'react';
import { UserTeam, useUserTeams } from './useUserTeams';

/** The team to record a reuse event for, or why there is none. */
export type RecordingTeam =
  | { team: UserTeam; reason?: undefined }
  | { team?: undefined; reason: string };

/**
 * The user's teams and the one they picked to record for (the first until
 * they pick), plus `whenKnown`: it resolves to the team to record for once
 * the teams have loaded, so an action taken while they load is recorded,
 * not lost, and is told why when there is no team to record for.
 */
export function useRecordingTeam() {
  const userTeams = useUserTeams();
  const [picked, setPicked] = useState<string>();
  // Read by `whenKnown` after an await, when the render's value may be old.
  const pickedRef = useRef<string>();
  const pick = useCallback((ref: string) => {
    pickedRef.current = ref;
    setPicked(ref);
  }, []);

  const loading = userTeams.teams;
  const whenKnown = useCallback(async (): Promise<RecordingTeam> => {
    let teams: UserTeam[];
    try {
      teams = await loading;
    } catch (e) {
      return {
        reason: `your teams could not be read (${(e as Error).message}).`,
      };
    }
    const team = teams.find(t => t.ref === pickedRef.current) ?? teams[0];
    return team ? { team } : { reason: 'the catalog lists you in no team.' };
  }, [loading]);

  const teams = userTeams.value ?? [];
  return {
    teams,
    team: teams.find(t => t.ref === picked) ?? teams[0],
    pick,
    whenKnown,
  };
}
