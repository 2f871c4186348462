import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

/** The repository root, for tests that read the example catalog. */
export const REPO_ROOT = path.resolve(
  resolvePackagePath('@ai-marketplace/integration-tests'),
  '..',
);

/** Where the portal's example catalog and the invalid test set start. */
export const EXAMPLE_CATALOG = path.join(REPO_ROOT, 'catalog-info/all.yaml');
export const INVALID_CATALOG = path.join(
  REPO_ROOT,
  'test/fixtures/invalid-catalog/all.yaml',
);

/** An entity read from a file, with the file it came from. */
export interface FileEntity {
  file: string;
  entity: Entity;
}

/**
 * Reads every entity reachable from a Location file, following its
 * `spec.target(s)` the way the catalog's file reader does, the Location
 * entities themselves included.
 */
export function readCatalogFile(file: string): FileEntity[] {
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  const entities: FileEntity[] = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      throw new Error(`${file}: ${doc.errors[0].message}`);
    }
    const entity = doc.toJS() as Entity;
    entities.push({ file, entity });
    if (entity.kind === 'Location') {
      const spec = entity.spec as { target?: string; targets?: string[] };
      for (const target of [spec.target, ...(spec.targets ?? [])]) {
        if (target) {
          entities.push(
            ...readCatalogFile(path.resolve(path.dirname(file), target)),
          );
        }
      }
    }
  }
  return entities;
}

/** The lower-case entity ref the catalog serves an entity under. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}
