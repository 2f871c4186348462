import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityInfoCard,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
  RELATION_DERIVATION_OF,
  RELATION_DERIVED_FROM,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsync from 'react-use/esm/useAsync';
import { parseSpecRef } from '../../lib/refs';
import { KindMismatch } from '../KindMismatch';

const TITLE = 'Lineage';

/** A workflow this one was adapted from, or one adapted from it. */
type Relative = {
  ref: string;
  /** Undefined when the catalog no longer has it. */
  entity?: Entity;
  /** The owning team's ref, normalised. */
  ownerRef?: string;
  crossTeam: boolean;
};

/** The owner of an entity as a normalised group ref, read as the catalog module reads it. */
function ownerRefOf(entity: Entity): string | undefined {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string') {
    return undefined;
  }
  const parsed = parseSpecRef(
    owner,
    'group',
    entity.metadata.namespace ?? DEFAULT_NAMESPACE,
  );
  return parsed && stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
}

function OwnerLine(props: { relative: Relative }) {
  const { entity, ownerRef } = props.relative;
  if (!entity) {
    return <>No longer in the catalog</>;
  }
  if (!ownerRef) {
    return <>No owner declared</>;
  }
  return (
    <>
      Owned by <EntityRefLink entityRef={ownerRef} hideIcon />
    </>
  );
}

function RelativeList(props: { relatives: Relative[]; label: string }) {
  const { relatives, label } = props;
  return (
    <List dense aria-label={label}>
      {relatives.map(relative => (
        <ListItem key={relative.ref} disableGutters>
          <ListItemText
            primary={
              <>
                <EntityRefLink entityRef={relative.entity ?? relative.ref} />
                {relative.crossTeam && (
                  <Box component="span" ml={1}>
                    <Chip size="small" label="another team" />
                  </Box>
                )}
              </>
            }
            secondary={<OwnerLine relative={relative} />}
          />
        </ListItem>
      ))}
    </List>
  );
}

function LineageContent(props: { workflow: AIWorkflowEntityV1alpha1 }) {
  const { workflow } = props;
  const catalogApi = useApi(catalogApiRef);
  const relationsOf = (type: string) =>
    (workflow.relations ?? [])
      .filter(relation => relation.type === type)
      .map(relation => relation.targetRef);
  const parents = relationsOf(RELATION_DERIVED_FROM);
  const children = relationsOf(RELATION_DERIVATION_OF);
  const ownRef = ownerRefOf(workflow);
  const refsKey = [...parents, '|', ...children].join(',');

  const { value, loading, error } = useAsync(async () => {
    const refs = [...parents, ...children];
    if (refs.length === 0) {
      return { parents: [], children: [] };
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: ['kind', 'metadata', 'spec.owner'],
    });
    const relatives = refs.map((ref, i): Relative => {
      const entity = items[i];
      const ownerRef = entity && ownerRefOf(entity);
      return {
        ref,
        entity,
        ownerRef,
        crossTeam: !!ownerRef && !!ownRef && ownerRef !== ownRef,
      };
    });
    return {
      parents: relatives.slice(0, parents.length),
      children: relatives.slice(parents.length),
    };
    // The relation refs, not the entity object, decide what to fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, refsKey, ownRef]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || (value.parents.length === 0 && value.children.length === 0)) {
    return (
      <EmptyState
        missing="content"
        title="No lineage yet"
        description="It was not adapted from another workflow, and no workflow has been adapted from it. A team that adapts it names it in its spec.derivedFrom."
      />
    );
  }
  const otherTeams = new Set(
    value.children.filter(c => c.crossTeam).map(c => c.ownerRef),
  );

  return (
    <>
      {otherTeams.size > 0 && (
        <Typography variant="body1" paragraph>
          Adapted by {otherTeams.size} other{' '}
          {otherTeams.size === 1 ? 'team' : 'teams'}.
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        Derived from
      </Typography>
      {value.parents.length > 0 ? (
        <RelativeList relatives={value.parents} label="Derived from" />
      ) : (
        <Typography variant="body2" color="textSecondary" paragraph>
          An original: not adapted from another workflow.
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        Derivations ({value.children.length})
      </Typography>
      {value.children.length > 0 ? (
        <RelativeList relatives={value.children} label="Derivations" />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No workflow has been adapted from it yet.
        </Typography>
      )}
    </>
  );
}

/**
 * Reuse lineage of an AI workflow: what it was adapted from and what was
 * adapted from it, each with its owning team, marking work that crossed
 * team lines (the catalog's derivedFrom / derivationOf relations).
 */
export function AIWorkflowLineageCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  return (
    <EntityInfoCard title={TITLE}>
      <LineageContent workflow={entity} />
    </EntityInfoCard>
  );
}
