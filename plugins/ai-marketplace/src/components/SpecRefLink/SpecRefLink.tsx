import { Fragment } from 'react';
import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { parseSpecRef } from '../../lib/refs';

interface SpecRefLinkProps {
  /** The ref as written in the spec, possibly without kind or namespace. */
  entityRef: string;
  /** The field's default kind (the first of its `*_REF_KINDS` entry). */
  defaultKind: string;
  hideIcon?: boolean;
}

/**
 * Links a ref written in the current entity's spec. EntityRefLink cannot
 * route a ref without a kind, so the ref is read first with the field's
 * default kind and the entity's namespace, as the catalog module reads it.
 * The link shows the entity's title when the catalog knows it.
 */
export function SpecRefLink(props: SpecRefLinkProps) {
  const { entityRef, defaultKind, hideIcon } = props;
  const { entity } = useEntity();
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const parsed = parseSpecRef(entityRef, defaultKind, namespace);
  if (!parsed) {
    return <>{entityRef}</>;
  }
  return (
    <EntityRefLink
      entityRef={parsed}
      defaultKind={defaultKind}
      defaultNamespace={namespace}
      hideIcon={hideIcon}
    />
  );
}

/** Links a list of spec refs, comma-separated. */
export function SpecRefLinks(props: {
  entityRefs: string[];
  defaultKind: string;
}) {
  const { entityRefs, defaultKind } = props;
  return (
    <>
      {entityRefs.map((ref, i) => (
        <Fragment key={`${i}.${ref}`}>
          {i > 0 && ', '}
          <SpecRefLink entityRef={ref} defaultKind={defaultKind} />
        </Fragment>
      ))}
    </>
  );
}
