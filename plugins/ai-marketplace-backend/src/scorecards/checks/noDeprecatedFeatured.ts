import { libraryCheck } from './defineCheck';
import { fail, notApplicable, pass } from './outcomes';

/**
 * Curation is consistent: nothing the guild deprecated is still featured
 * (the library itself, or any of its current prompts). Cannot be stale: the
 * curation state is current by construction.
 */
export const noDeprecatedFeatured = libraryCheck({
  id: 'no-deprecated-featured',
  title: 'No deprecated prompt featured',
  description:
    'No prompt (nor the library itself) is both deprecated and featured by its curation decisions.',
  evaluate(library, { records }) {
    const prompts = library.spec.prompts ?? [];
    if (!prompts.length) {
      return notApplicable('The library has no prompts');
    }
    const current = new Set(['', ...prompts.map(p => p.id)]);
    const both = records.curation
      .filter(c => c.featured && c.deprecated && current.has(c.promptId))
      .map(c => c.promptId || 'the library itself');
    if (both.length) {
      return fail(
        `Deprecated but still featured: ${both.join(', ')}`,
        'Unfeature what is deprecated, or undeprecate it if it is still recommended',
      );
    }
    return pass('No deprecated prompt is featured');
  },
});
