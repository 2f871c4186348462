import { Entity } from '@backstage/catalog-model';

/** The shape of a client id the backend accepts (clientIdSchema). */
export const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A Group of the test organisation, a team unless said otherwise. */
export const group = (name: string, title: string, type = 'team'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type, children: [] },
});

/** A User with memberOf in both the spec and the relations. */
export const user = (name: string, groups: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: groups },
  relations: groups.map(targetRef => ({ type: 'memberOf', targetRef })),
});
