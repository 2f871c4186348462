import { Entity } from '@backstage/catalog-model';
import { designLibrary } from '../__fixtures__/designExamples';
import {
  isPromptLibraryEntity,
  PromptLibraryEntityV1alpha1,
  promptLibraryEntityV1alpha1Validator as validator,
} from './PromptLibraryEntityV1alpha1';
import { InvalidAIMarketplaceEntityError } from './kindValidator';

async function errorOf(
  change: (entity: PromptLibraryEntityV1alpha1) => void,
): Promise<InvalidAIMarketplaceEntityError> {
  const entity = designLibrary();
  change(entity);
  try {
    await validator.check(entity);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAIMarketplaceEntityError);
    return error as InvalidAIMarketplaceEntityError;
  }
  throw new Error('expected the entity to be rejected');
}

/** A second prompt to add to the DESIGN.md library. */
const summary = () => ({
  id: 'thread-summary',
  title: 'Thread summary',
  template: 'Summarise this thread for {{audience}}:\n{{thread}}',
  variables: [{ name: 'audience' }, { name: 'thread' }],
});

describe('promptLibraryEntityV1alpha1Validator', () => {
  it('accepts the DESIGN.md example, which uses every field', async () => {
    await expect(validator.check(designLibrary())).resolves.toBe(true);
  });

  it('accepts a prompt without variables when its template has none', async () => {
    const entity = designLibrary();
    entity.spec.prompts.push({
      id: 'tone',
      title: 'Tone check',
      template: 'Is this polite?',
    });
    await expect(validator.check(entity)).resolves.toBe(true);
  });

  it('leaves other kinds to other validators', async () => {
    await expect(
      validator.check({ ...designLibrary(), kind: 'AIWorkflow' } as Entity),
    ).resolves.toBe(false);
  });

  it.each(['lifecycle', 'owner', 'function', 'prompts'])(
    'requires spec.%s',
    async field => {
      const error = await errorOf(e => {
        delete (e.spec as Record<string, unknown>)[field];
      });
      expect(error.violations).toEqual([
        expect.objectContaining({
          field: `spec.${field}`,
          rule: 'required-field',
        }),
      ]);
      expect(error.message).toContain(
        'PromptLibrary "default/support-prompts"',
      );
    },
  );

  it.each<[string, (e: PromptLibraryEntityV1alpha1) => void, string, string]>([
    [
      'an empty prompt list',
      e => {
        e.spec.prompts = [];
      },
      'spec.prompts',
      'schema',
    ],
    [
      'a prompt without template',
      e => {
        delete (e.spec.prompts[0] as any).template;
      },
      'spec.prompts[0].template',
      'required-field',
    ],
    [
      'a prompt id that is not a slug',
      e => {
        e.spec.prompts[0].id = 'First Response';
      },
      'spec.prompts[0].id',
      'schema',
    ],
    [
      'a version that is not semver',
      e => {
        e.spec.prompts[0].version = 'v1';
      },
      'spec.prompts[0].version',
      'schema',
    ],
    [
      'a review date that is not YYYY-MM-DD',
      e => {
        e.spec.reviewedAt = '01/09/2026';
      },
      'spec.reviewedAt',
      'schema',
    ],
    [
      'a review cadence that is not ISO-8601',
      e => {
        e.spec.reviewCadence = 'quarterly';
      },
      'spec.reviewCadence',
      'schema',
    ],
    [
      'a variable name with spaces',
      e => {
        e.spec.prompts[0].variables![0].name = 'product name';
      },
      'spec.prompts[0].variables[0].name',
      'schema',
    ],
    [
      'an unknown prompt field',
      e => {
        (e.spec.prompts[0] as any).temperature = 0.2;
      },
      'spec.prompts[0].temperature',
      'unknown-field',
    ],
  ])('rejects %s, naming the field', async (_what, change, field, rule) => {
    const error = await errorOf(change);
    expect(error.violations).toEqual([
      expect.objectContaining({ field, rule }),
    ]);
    expect(error.message).toContain(field);
  });

  it('rejects a repeated prompt id, naming both places (rule unique-prompt-ids)', async () => {
    const error = await errorOf(e => {
      e.spec.prompts.push(summary(), { ...summary(), id: 'first-response' });
    });
    expect(error.violations).toEqual([
      {
        field: 'spec.prompts[2].id',
        rule: 'unique-prompt-ids',
        message: '"first-response" is already the id of spec.prompts[0]',
      },
    ]);
  });

  describe('template variables must match the declared variables', () => {
    it('rejects a placeholder that is not declared', async () => {
      const error = await errorOf(e => {
        e.spec.prompts[0].template += '\nSign as {{agent_name}}.';
      });
      expect(error.violations).toEqual([
        {
          field: 'spec.prompts[0].template',
          rule: 'template-variables-match',
          message:
            'prompt "first-response" uses {{agent_name}}, which is not declared in variables',
        },
      ]);
    });

    it('rejects a declared variable the template never uses', async () => {
      const error = await errorOf(e => {
        e.spec.prompts.push({
          ...summary(),
          variables: [...summary().variables, { name: 'tone' }],
        });
      });
      expect(error.violations).toEqual([
        expect.objectContaining({
          field: 'spec.prompts[1].variables',
          rule: 'template-variables-match',
          message: expect.stringContaining(
            '"tone", which its template never uses',
          ),
        }),
      ]);
    });

    it('rejects a variable declared twice', async () => {
      const error = await errorOf(e => {
        e.spec.prompts[0].variables!.push({ name: 'ticket' });
      });
      expect(error.violations).toEqual([
        expect.objectContaining({
          field: 'spec.prompts[0].variables',
          message: expect.stringContaining(
            'declares variable "ticket" more than once',
          ),
        }),
      ]);
    });

    it('accepts placeholders written with spaces inside the braces', async () => {
      const entity = designLibrary();
      entity.spec.prompts[0].template = 'For {{ product }}: {{ticket}}';
      await expect(validator.check(entity)).resolves.toBe(true);
    });
  });

  it('rejects a guild that is not a group (rule entity-ref-kind)', async () => {
    const error = await errorOf(e => {
      e.spec.guild = 'user:default/sam.chen';
    });
    expect(error.violations).toEqual([
      expect.objectContaining({ field: 'spec.guild', rule: 'entity-ref-kind' }),
    ]);
  });

  it('reports every broken rule at once', async () => {
    const error = await errorOf(e => {
      e.spec.prompts.push({
        ...summary(),
        id: 'first-response',
        template: '{{x}}',
      });
    });
    expect(error.violations.map(v => v.rule)).toEqual([
      'unique-prompt-ids',
      'template-variables-match',
      'template-variables-match',
      'template-variables-match',
    ]);
  });
});

describe('isPromptLibraryEntity', () => {
  it('recognises the kind with our apiVersion only', () => {
    expect(isPromptLibraryEntity(designLibrary())).toBe(true);
    expect(
      isPromptLibraryEntity({
        ...designLibrary(),
        apiVersion: 'x/v1',
      } as Entity),
    ).toBe(false);
  });
});
