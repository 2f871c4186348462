import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import { statusTextColor } from './statusTextColor';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: statusTextColor(theme, 'warning'),
    fontWeight: 'bold',
  },
}));

/** An inline warning, for a gap someone must fix (no DRI, overdue review). */
export function WarningText(props: { children: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography component="span" variant="body2" className={classes.root}>
      <WarningIcon fontSize="small" aria-hidden />
      {props.children}
    </Typography>
  );
}
