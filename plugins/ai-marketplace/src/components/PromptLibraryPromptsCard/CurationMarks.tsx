import Chip from '@material-ui/core/Chip';
import StarIcon from '@material-ui/icons/Star';
import WarningIcon from '@material-ui/icons/Warning';
import type { CurationState } from '@ai-marketplace/plugin-ai-marketplace-common';

/** "Featured" and "Deprecated" as the curating guild decided them. */
export function CurationMarks(props: { state?: CurationState }) {
  const { state } = props;
  if (!state) {
    return null;
  }
  return (
    <>
      {state.featured && (
        <Chip
          size="small"
          color="primary"
          icon={<StarIcon />}
          label="Featured"
        />
      )}
      {state.deprecated && (
        <Chip
          size="small"
          color="secondary"
          icon={<WarningIcon />}
          label="Deprecated"
        />
      )}
    </>
  );
}
