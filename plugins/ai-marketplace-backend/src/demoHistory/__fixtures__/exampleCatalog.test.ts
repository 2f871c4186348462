import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { exampleCatalog } from './exampleCatalog';

/*
 * The demo-history tests run on a trimmed copy of the repository's
 * catalog-info/ (exampleCatalog.ts). This keeps the copy true: the same
 * entities, and never a value that catalog-info does not have.
 */

const CATALOG_INFO = path.resolve(__dirname, '../../../../../catalog-info');
const KINDS = ['Group', 'User', 'AIWorkflow', 'PromptLibrary'];

function catalogInfoEntities(): Entity[] {
  return fs
    .readdirSync(CATALOG_INFO, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(
        fs.readFileSync(path.join(CATALOG_INFO, file), 'utf8'),
      ).map(doc => doc.toJS() as Entity),
    )
    .filter(entity => KINDS.includes(entity.kind));
}

const byRef = (entities: Entity[]) =>
  new Map(entities.map(entity => [stringifyEntityRef(entity), entity]));

const catalog = byRef(catalogInfoEntities());
const copy = byRef(exampleCatalog());

/** Keys the copy makes up for a valid Group; the history does not read them. */
const MADE_UP_GROUP_KEYS = ['children', 'profile'];

/**
 * What the demo history reads of an entity: the guild leads, the title and
 * the spec; a library's prompts as id and title only (the copy trims their
 * templates).
 */
function readFields(entity: Entity) {
  const spec = { ...entity.spec } as Record<string, unknown>;
  for (const key of entity.kind === 'Group' ? MADE_UP_GROUP_KEYS : []) {
    delete spec[key];
  }
  if (entity.kind === 'PromptLibrary') {
    spec.prompts = (spec.prompts as Array<{ id: string; title: string }>).map(
      prompt => [prompt.id, prompt.title],
    );
  }
  return {
    leads: entity.metadata.annotations?.['ai-marketplace.io/guild-leads'],
    title: entity.metadata.title,
    spec,
  };
}

describe('the demo-history copy of catalog-info', () => {
  it('holds every Group, User, AIWorkflow and PromptLibrary of catalog-info, and no other', () => {
    expect([...copy.keys()].sort()).toEqual([...catalog.keys()].sort());
  });

  it.each([...copy.keys()].map(ref => [ref]))(
    '%s carries the catalog-info values',
    ref => {
      // The copy may leave fields out, never change one (undefined is a
      // field left out).
      expect(readFields(catalog.get(ref)!)).toMatchObject(
        JSON.parse(JSON.stringify(readFields(copy.get(ref)!))),
      );
    },
  );
});
