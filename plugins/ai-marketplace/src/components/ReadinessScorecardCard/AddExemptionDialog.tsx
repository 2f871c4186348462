import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useApi } from '@backstage/core-plugin-api';
import type { EntityScorecard } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { newEventId } from '../../lib/newEventId';
import { addUtcDays, utcDay } from '../../lib/utcDays';
import { ErrorText } from '../ErrorText';

/** The backend lets an exemption run at most this many days ahead. */
const MAX_EXEMPTION_DAYS = 366;
const DEFAULT_EXEMPTION_DAYS = 90;

/**
 * Exempting the asset from one failing or stale check, with a
 * justification and a last day: an exemption is a decision someone must
 * revisit, never open-ended.
 */
export function AddExemptionDialog(props: {
  entityRef: string;
  /** Checks an exemption would change: failing or stale ones. */
  checks: EntityScorecard['checks'];
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { entityRef, checks, open, onClose, onAdded } = props;
  const api = useApi(marketplaceApiRef);
  const today = utcDay(new Date());
  const latest = addUtcDays(today, MAX_EXEMPTION_DAYS);
  const [checkId, setCheckId] = useState(checks[0]?.checkId ?? '');
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState(
    addUtcDays(today, DEFAULT_EXEMPTION_DAYS),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();

  let dateProblem: string | undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expiresOn) || expiresOn < today) {
    dateProblem = 'Pick a day from today on';
  } else if (expiresOn > latest) {
    dateProblem = `At most a year ahead: ${latest} or earlier`;
  }
  const canSave =
    !!checkId && justification.trim().length > 0 && !dateProblem && !saving;

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.createExemption({
        id: newEventId(),
        entityRef,
        checkId,
        justification: justification.trim(),
        expiresOn,
      });
      setJustification('');
      onAdded();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Exempt from a readiness check</DialogTitle>
      <DialogContent>
        <TextField
          id="exemption-check"
          select
          label="Check"
          value={checkId}
          onChange={event => setCheckId(event.target.value)}
          fullWidth
          margin="normal"
          variant="outlined"
        >
          {checks.map(check => (
            <MenuItem key={check.checkId} value={check.checkId}>
              {check.title} ({check.status})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="exemption-justification"
          label="Justification"
          helperText="Why the check does not apply for now; shown next to the check"
          value={justification}
          onChange={event => setJustification(event.target.value)}
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          variant="outlined"
          required
          inputProps={{ maxLength: 2000 }}
        />
        <TextField
          id="exemption-expires-on"
          label="Last day it applies"
          type="date"
          value={expiresOn}
          onChange={event => setExpiresOn(event.target.value)}
          margin="normal"
          variant="outlined"
          required
          InputLabelProps={{ shrink: true }}
          inputProps={{ min: today, max: latest }}
          error={!!dateProblem}
          helperText={dateProblem ?? 'UTC day; at most a year ahead'}
        />
        {error && (
          <ErrorText role="alert">
            The exemption was not saved: {error.message}
          </ErrorText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!canSave}
          onClick={save}
        >
          Exempt
        </Button>
      </DialogActions>
    </Dialog>
  );
}
