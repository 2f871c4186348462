import { isPromptLibraryEntity } from '@ai-marketplace/plugin-ai-marketplace-common';
import { ScorecardAsset } from '@ai-marketplace/plugin-ai-marketplace-node';
import { assetCheck } from './defineCheck';
import { fail, notApplicable, pass, stale } from './outcomes';
import { refOf } from './refs';

/** The models an asset uses: a workflow's, or those of every prompt of a library. */
function modelsOf(asset: ScorecardAsset): string[] {
  const declared = isPromptLibraryEntity(asset)
    ? asset.spec.prompts.flatMap(p => p.models ?? [])
    : asset.spec.models ?? [];
  return [...new Set(declared.map(m => refOf(m, 'resource') ?? m))];
}

/** Shows at most three refs, then how many more. */
function list(refs: string[]): string {
  const shown = refs.slice(0, 3).join(', ');
  return refs.length > 3 ? `${shown} and ${refs.length - 3} more` : shown;
}

/**
 * Every model the asset uses is approved: a catalog Resource of type
 * `ai-model` annotated `ai-marketplace.io/model-approval: approved`, or one
 * in the configured list. A model the catalog no longer has is `stale`.
 */
export const approvedModels = assetCheck({
  id: 'approved-models',
  title: 'Only approved models',
  description:
    'Every model in spec.models (for a library, in its prompts) is approved: an ai-model Resource annotated ai-marketplace.io/model-approval: approved, or listed in aiMarketplace.scorecards.approvedModels.',
  evaluate(asset, { catalog, settings }) {
    const models = modelsOf(asset);
    if (!models.length) {
      return notApplicable('Declares no models');
    }
    const unapproved: string[] = [];
    const unknown: string[] = [];
    for (const model of models) {
      if (settings.approvedModels.has(model)) {
        continue;
      }
      const known = catalog.models.get(model);
      if (!known) {
        unknown.push(model);
      } else if (known.approval !== 'approved') {
        unapproved.push(model);
      }
    }
    if (unapproved.length) {
      return fail(
        `Not approved: ${list(unapproved)}`,
        'Switch to an approved model, or get the model approved (ai-marketplace.io/model-approval: approved)',
      );
    }
    if (unknown.length) {
      return stale(
        `Not in the catalog (any more): ${list(unknown)}`,
        'Point the models at the approved ai-model Resources in use today',
      );
    }
    return pass(
      `${models.length} approved model${models.length === 1 ? '' : 's'}`,
    );
  },
});
