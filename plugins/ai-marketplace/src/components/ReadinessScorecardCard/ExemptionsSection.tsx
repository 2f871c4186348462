import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  EntityScorecard,
  ScorecardExemption,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { AddExemptionDialog } from './AddExemptionDialog';

function ExemptionItem(props: {
  exemption: ScorecardExemption;
  checkTitle: string;
  onRevoke?: () => void;
  revoking?: boolean;
}) {
  const { exemption, checkTitle, onRevoke, revoking } = props;
  let state = `expired after ${exemption.expiresOn}`;
  if (exemption.revokedAt) {
    state = `revoked ${exemption.revokedAt.slice(0, 10)}`;
  } else if (exemption.active) {
    state = `until ${exemption.expiresOn}`;
  }
  return (
    <ListItem disableGutters>
      <ListItemText
        primary={
          <>
            <strong>{checkTitle}</strong> — {state}
          </>
        }
        secondary={
          <>
            “{exemption.justification}” — by{' '}
            <EntityRefLink entityRef={exemption.createdBy} hideIcon />,{' '}
            {exemption.createdAt.slice(0, 10)}
          </>
        }
      />
      {onRevoke && (
        <ListItemSecondaryAction>
          <Button
            size="small"
            onClick={onRevoke}
            disabled={revoking}
            aria-label={`Revoke the exemption from ${checkTitle}`}
          >
            Revoke
          </Button>
        </ListItemSecondaryAction>
      )}
    </ListItem>
  );
}

/**
 * The asset's exemptions: active ones first, past ones on request. Guild
 * leads and admins (as the permission policy decides) add and revoke them.
 */
export function ExemptionsSection(props: {
  entityRef: string;
  scorecard: EntityScorecard;
  exemptions: ScorecardExemption[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { entityRef, scorecard, exemptions, canManage, onChanged } = props;
  const api = useApi(marketplaceApiRef);
  const [adding, setAdding] = useState(false);
  const [showPast, setShowPast] = useState(false);
  const [revoking, setRevoking] = useState<string>();
  const [error, setError] = useState<Error>();

  const titles = new Map(scorecard.checks.map(c => [c.checkId, c.title]));
  const titleOf = (checkId: string) => titles.get(checkId) ?? checkId;
  const active = exemptions.filter(e => e.active);
  const past = exemptions.filter(e => !e.active);
  const exemptable = scorecard.checks.filter(
    c => c.status === 'fail' || c.status === 'stale',
  );

  const revoke = async (id: string) => {
    setRevoking(id);
    setError(undefined);
    try {
      await api.revokeExemption(id);
      onChanged();
    } catch (e) {
      setError(e as Error);
    } finally {
      setRevoking(undefined);
    }
  };

  return (
    <Box mt={2}>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle2" component="h4">
          Exemptions ({active.length} active)
        </Typography>
        {canManage && (
          <Button
            size="small"
            color="primary"
            variant="outlined"
            disabled={exemptable.length === 0}
            title={
              exemptable.length === 0
                ? 'No check fails or is stale: nothing to exempt'
                : undefined
            }
            onClick={() => setAdding(true)}
          >
            Add exemption
          </Button>
        )}
      </Box>
      {error && <ResponseErrorPanel error={error} title="Revoking failed" />}
      {active.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No check is exempted.
        </Typography>
      ) : (
        <List dense aria-label="Active exemptions">
          {active.map(exemption => (
            <ExemptionItem
              key={exemption.id}
              exemption={exemption}
              checkTitle={titleOf(exemption.checkId)}
              onRevoke={canManage ? () => revoke(exemption.id) : undefined}
              revoking={revoking === exemption.id}
            />
          ))}
        </List>
      )}
      {past.length > 0 && (
        <>
          <Button size="small" onClick={() => setShowPast(!showPast)}>
            {showPast ? 'Hide' : 'Show'} past exemptions ({past.length})
          </Button>
          {showPast && (
            <List dense aria-label="Past exemptions">
              {past.map(exemption => (
                <ExemptionItem
                  key={exemption.id}
                  exemption={exemption}
                  checkTitle={titleOf(exemption.checkId)}
                />
              ))}
            </List>
          )}
        </>
      )}
      {adding && (
        <AddExemptionDialog
          open
          entityRef={entityRef}
          checks={exemptable}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </Box>
  );
}
