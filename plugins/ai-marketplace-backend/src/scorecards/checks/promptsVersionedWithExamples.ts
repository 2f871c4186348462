import { libraryCheck } from './defineCheck';
import { fail, notApplicable, pass } from './outcomes';

/**
 * Every prompt can be pinned (a version) and tried (at least one example).
 * Cannot be stale: freshness of a library is the review's job.
 */
export const promptsVersionedWithExamples = libraryCheck({
  id: 'prompts-versioned-with-examples',
  title: 'Prompts versioned, with examples',
  description:
    'Every prompt of the library has a version and at least one example input.',
  evaluate(library) {
    const prompts = library.spec.prompts ?? [];
    if (!prompts.length) {
      return notApplicable('The library has no prompts');
    }
    const lacking = prompts
      .filter(p => !p.version || !p.examples?.length)
      .map(p => p.id);
    if (lacking.length) {
      const shown = lacking.slice(0, 5).join(', ');
      return fail(
        `${lacking.length} of ${
          prompts.length
        } prompts lack a version or an example: ${shown}${
          lacking.length > 5 ? ', …' : ''
        }`,
        'Give each prompt a version and at least one example',
      );
    }
    return pass(`All ${prompts.length} prompts are versioned, with examples`);
  },
});
