import { Entity } from '@backstage/catalog-model';
import { exampleCatalog } from '../../../plugins/ai-marketplace-backend/src/demoHistory/__fixtures__/exampleCatalog';
import {
  EXAMPLE_CATALOG,
  readCatalogFile,
  refOf,
} from '../support/catalogFiles';

/*
 * The backend's demo-history tests run on a trimmed copy of catalog-info/
 * (exampleCatalog.ts: the backend package reads no YAML). This keeps the
 * copy true: same entities, and the same values in every field the copy
 * holds that the demo history reads.
 */

const KINDS = ['Group', 'User', 'AIWorkflow', 'PromptLibrary'];

const byRef = (entities: Entity[]) =>
  new Map(entities.map(entity => [refOf(entity), entity]));

const catalog = byRef(
  readCatalogFile(EXAMPLE_CATALOG)
    .map(({ entity }) => entity)
    .filter(entity => KINDS.includes(entity.kind)),
);
const copy = byRef(exampleCatalog());

type Spec = Record<string, unknown>;

describe('the demo-history copy of the example catalog', () => {
  it('holds every Group, User, AIWorkflow and PromptLibrary of catalog-info, and no other', () => {
    expect([...copy.keys()].sort()).toEqual([...catalog.keys()].sort());
  });

  it.each([...copy.keys()].map(ref => [ref]))(
    '%s carries the catalog values',
    ref => {
      const kept = copy.get(ref)!;
      const real = catalog.get(ref)!;
      const keptSpec = (kept.spec ?? {}) as Spec;
      const realSpec = (real.spec ?? {}) as Spec;
      expect(kept.metadata.annotations?.['ai-marketplace.io/guild-leads']).toBe(
        real.metadata.annotations?.['ai-marketplace.io/guild-leads'],
      );
      if (kept.kind === 'Group') {
        expect(keptSpec.type).toBe(realSpec.type);
        expect(keptSpec.parent).toBe(realSpec.parent);
        return;
      }
      if (kept.kind === 'User') {
        expect(keptSpec.memberOf).toEqual(realSpec.memberOf);
        return;
      }
      expect(kept.metadata.title).toBe(real.metadata.title);
      for (const [key, value] of Object.entries(keptSpec)) {
        if (key === 'prompts') {
          // Templates are trimmed: ids and titles are what the history uses.
          const ids = (prompts: unknown) =>
            (prompts as Array<{ id: string; title: string }>).map(p => [
              p.id,
              p.title,
            ]);
          expect(ids(value)).toEqual(ids(realSpec.prompts));
        } else {
          // The copy may leave fields out, never change one.
          expect(realSpec).toMatchObject({ [key]: value });
        }
      }
    },
  );
});
