import { makeStyles } from '@material-ui/core/styles';
import { LinkButton } from '@backstage/core-components';
import { RouteRef, SubRouteRef } from '@backstage/core-plugin-api';
import { useOptionalRoute } from '../../hooks/useOptionalRoute';

// The page header is a dark gradient in both themes, with white text.
const useStyles = makeStyles(theme => ({
  link: {
    color: theme.palette.common.white,
    borderColor: theme.palette.common.white,
  },
}));

/**
 * A header link between the marketplace and its insights dashboard, so that
 * each is one click from the other whatever the app's sidebar holds (the
 * new frontend system's nav lists only the marketplace). Nothing when the
 * app has not mounted the pages.
 */
export function PageSwitchLink(props: {
  to: RouteRef<undefined> | SubRouteRef<undefined>;
  children: string;
}) {
  const classes = useStyles();
  const route = useOptionalRoute(props.to);
  if (!route) {
    return null;
  }
  return (
    <LinkButton to={route()} variant="outlined" className={classes.link}>
      {props.children}
    </LinkButton>
  );
}
