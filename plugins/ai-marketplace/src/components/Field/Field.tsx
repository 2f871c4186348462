import { ReactNode } from 'react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: 10,
    fontWeight: 'bold',
    letterSpacing: 0.5,
    marginBottom: theme.spacing(0.5),
  },
  value: {
    wordBreak: 'break-word',
  },
  inlineLabel: {
    color: theme.palette.text.secondary,
  },
  notDeclared: {
    fontStyle: 'italic',
  },
}));

function isEmpty(node: ReactNode): boolean {
  return (
    node === undefined ||
    node === null ||
    node === false ||
    node === '' ||
    (Array.isArray(node) && node.length === 0)
  );
}

/**
 * Shown where an optional field is missing: a blank would read as "nothing
 * to see", while "Not declared" says the owner has not filled it in yet.
 */
export function NotDeclared(props: { children?: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography
      component="span"
      variant="body2"
      color="textSecondary"
      className={classes.notDeclared}
    >
      {props.children ?? 'Not declared'}
    </Typography>
  );
}

/** A labelled value on a card, as a grid item; half width unless `wide`. */
export function Field(props: {
  label: string;
  wide?: boolean;
  children?: ReactNode;
}) {
  const { label, wide, children } = props;
  const classes = useStyles();
  return (
    <Grid item xs={12} sm={wide ? 12 : 6}>
      <Typography component="h4" className={classes.label}>
        {label}
      </Typography>
      <Typography component="div" variant="body2" className={classes.value}>
        {isEmpty(children) ? <NotDeclared /> : children}
      </Typography>
    </Grid>
  );
}

/** A "label: value" line inside a field, for the parts of a nested value. */
export function SubField(props: { label: string; children?: ReactNode }) {
  const { label, children } = props;
  const classes = useStyles();
  return (
    <Typography component="div" variant="body2" className={classes.value}>
      <span className={classes.inlineLabel}>{label}: </span>
      {isEmpty(children) ? <NotDeclared /> : children}
    </Typography>
  );
}
