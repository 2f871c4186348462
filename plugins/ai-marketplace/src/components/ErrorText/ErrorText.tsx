import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { statusTextColor } from '../WarningText';

const useStyles = makeStyles(theme => ({
  root: { color: statusTextColor(theme, 'error') },
}));

/**
 * Says that something failed (not saved, not loaded). In place of
 * `color="error"`, whose red is too dark to read on the dark theme's paper.
 */
export function ErrorText(props: {
  children: ReactNode;
  variant?: 'body2' | 'caption';
  /** `alert` when it answers what the user just did. */
  role?: 'alert';
}) {
  const { children, variant = 'body2', role } = props;
  const classes = useStyles();
  return (
    <Typography variant={variant} role={role} className={classes.root}>
      {children}
    </Typography>
  );
}
