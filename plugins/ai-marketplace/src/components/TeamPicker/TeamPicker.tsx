import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { UserTeam } from '../../hooks/useUserTeams';

/**
 * Which of the user's teams an action is recorded for. A user in one team
 * is not asked: the team is said, so they know whom the credit goes to.
 */
export function TeamPicker(props: {
  id: string;
  label: string;
  teams: UserTeam[];
  value: string;
  onChange: (teamRef: string) => void;
  disabled?: boolean;
}) {
  const { id, label, teams, value, onChange, disabled } = props;
  if (teams.length === 1) {
    return (
      <Typography variant="body2">
        {label}: <strong>{teams[0].title}</strong>
      </Typography>
    );
  }
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={event => onChange(event.target.value)}
      variant="outlined"
      size="small"
      disabled={disabled}
      style={{ minWidth: 220 }}
    >
      {teams.map(team => (
        <MenuItem key={team.ref} value={team.ref}>
          {team.title}
        </MenuItem>
      ))}
    </TextField>
  );
}
