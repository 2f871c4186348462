import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CurationDecisionType,
  CurationState,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { newEventId } from '../../lib/newEventId';
import { ErrorText } from '../ErrorText';

/**
 * A guild lead's decisions on the library or one prompt: feature or
 * unfeature, deprecate or undeprecate, and mark reviewed with a note. Shown
 * only to users the permission policy allows; the backend checks again.
 */
export function CurationActions(props: {
  entityRef: string;
  /** Absent for a decision on the library as a whole. */
  promptId?: string;
  /** Named in the buttons' accessible names: "Feature First response draft". */
  subject: string;
  state?: CurationState;
  onDecided: () => void;
}) {
  const { entityRef, promptId, subject, state, onDecided } = props;
  const api = useApi(marketplaceApiRef);
  const [saving, setSaving] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error>();

  const decide = async (decision: CurationDecisionType, withNote?: string) => {
    setSaving(true);
    setError(undefined);
    try {
      await api.recordCurationDecision({
        id: newEventId(),
        entityRef,
        ...(promptId ? { promptId } : {}),
        decision,
        ...(withNote ? { note: withNote } : {}),
      });
      setReviewing(false);
      setNote('');
      onDecided();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  const featured = state?.featured ?? false;
  const deprecated = state?.deprecated ?? false;
  const idPrefix = `curation-${promptId ?? 'library'}`;

  return (
    <Box>
      <Box display="flex" flexWrap="wrap" gridGap={8} alignItems="center">
        <Button
          size="small"
          variant="outlined"
          disabled={saving || !state}
          onClick={() => decide(featured ? 'unfeatured' : 'featured')}
          aria-label={`${featured ? 'Unfeature' : 'Feature'} ${subject}`}
        >
          {featured ? 'Unfeature' : 'Feature'}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={saving || !state}
          onClick={() => decide(deprecated ? 'undeprecated' : 'deprecated')}
          aria-label={`${deprecated ? 'Undeprecate' : 'Deprecate'} ${subject}`}
        >
          {deprecated ? 'Undeprecate' : 'Deprecate'}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={saving}
          onClick={() => setReviewing(!reviewing)}
          aria-label={`Mark ${subject} reviewed`}
          aria-expanded={reviewing}
        >
          Mark reviewed…
        </Button>
      </Box>
      {reviewing && (
        <Box
          display="flex"
          flexWrap="wrap"
          gridGap={8}
          alignItems="flex-start"
          mt={1}
        >
          <TextField
            id={`${idPrefix}-review-note`}
            label={`Review note for ${subject}`}
            helperText="What you checked; required"
            value={note}
            onChange={event => setNote(event.target.value)}
            variant="outlined"
            size="small"
            style={{ flex: 1, minWidth: 240 }}
            inputProps={{ maxLength: 4000 }}
          />
          <Button
            size="small"
            color="primary"
            variant="contained"
            disabled={saving || !note.trim()}
            onClick={() => decide('reviewed', note.trim())}
          >
            Save review
          </Button>
        </Box>
      )}
      {error && (
        <ErrorText role="alert">
          The decision was not recorded: {error.message}
        </ErrorText>
      )}
    </Box>
  );
}
