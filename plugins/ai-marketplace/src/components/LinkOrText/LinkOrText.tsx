import { Link } from '@backstage/core-components';

/** Spec fields such as `rollback` hold either a link or a few words. */
export function LinkOrText(props: { value: string }) {
  const { value } = props;
  if (/^https?:\/\//i.test(value)) {
    return <Link to={value}>{value}</Link>;
  }
  return <>{value}</>;
}
