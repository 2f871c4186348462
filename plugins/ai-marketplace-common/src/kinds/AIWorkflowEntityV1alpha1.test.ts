import { Entity } from '@backstage/catalog-model';
import { designWorkflow } from '../__fixtures__/designExamples';
import {
  AIWorkflowEntityV1alpha1,
  aiWorkflowEntityV1alpha1Validator as validator,
  isAIWorkflowEntity,
} from './AIWorkflowEntityV1alpha1';
import { InvalidAIMarketplaceEntityError } from './kindValidator';

/** Validates a variant of the DESIGN.md workflow and returns the error. */
async function errorOf(
  change: (entity: AIWorkflowEntityV1alpha1) => void,
): Promise<InvalidAIMarketplaceEntityError> {
  const entity = designWorkflow();
  change(entity);
  try {
    await validator.check(entity);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAIMarketplaceEntityError);
    return error as InvalidAIMarketplaceEntityError;
  }
  throw new Error('expected the entity to be rejected');
}

describe('aiWorkflowEntityV1alpha1Validator', () => {
  it('accepts the DESIGN.md example, which uses every field', async () => {
    await expect(validator.check(designWorkflow())).resolves.toBe(true);
  });

  it('accepts a workflow with only the required fields', async () => {
    const {
      type,
      lifecycle,
      owner,
      function: fn,
      actionTier,
      riskTier,
    } = designWorkflow().spec;
    const minimal = {
      ...designWorkflow(),
      spec: { type, lifecycle, owner, function: fn, actionTier, riskTier },
    };
    await expect(validator.check(minimal)).resolves.toBe(true);
  });

  it('leaves other kinds to other validators', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x' },
      spec: { type: 'service', owner: 'a', lifecycle: 'production' },
    };
    await expect(validator.check(component)).resolves.toBe(false);
    await expect(
      validator.check({
        ...designWorkflow(),
        apiVersion: 'ai-marketplace.io/v2',
      }),
    ).resolves.toBe(false);
  });

  it.each([
    ['type', 'required-field'],
    ['lifecycle', 'required-field'],
    ['owner', 'required-field'],
    ['function', 'required-field'],
    ['actionTier', 'required-field'],
    ['riskTier', 'required-field'],
  ] as const)('requires spec.%s', async (field, rule) => {
    const error = await errorOf(e => {
      delete (e.spec as Record<string, unknown>)[field];
    });
    expect(error.violations).toEqual([
      expect.objectContaining({ field: `spec.${field}`, rule }),
    ]);
    expect(error.message).toContain(
      'AIWorkflow "default/support-ticket-triage"',
    );
    expect(error.message).toContain(`spec.${field}`);
  });

  it.each<[string, (e: AIWorkflowEntityV1alpha1) => void, string, string]>([
    [
      'an unknown action tier',
      e => {
        (e.spec as any).actionTier = 'delete';
      },
      'spec.actionTier',
      'schema',
    ],
    [
      'an unknown risk tier',
      e => {
        (e.spec as any).riskTier = 'extreme';
      },
      'spec.riskTier',
      'schema',
    ],
    [
      'an unknown lifecycle',
      e => {
        (e.spec as any).lifecycle = 'beta';
      },
      'spec.lifecycle',
      'schema',
    ],
    [
      'an unknown type',
      e => {
        (e.spec as any).type = 'robot';
      },
      'spec.type',
      'schema',
    ],
    [
      'an unknown data classification',
      e => {
        (e.spec as any).dataClassification = 'secret';
      },
      'spec.dataClassification',
      'schema',
    ],
    [
      'a function that is not a slug',
      e => {
        e.spec.function = 'Customer Support';
      },
      'spec.function',
      'schema',
    ],
    [
      'a misspelt field',
      e => {
        (e.spec as any).riskTeir = 'low';
      },
      'spec.riskTeir',
      'unknown-field',
    ],
    [
      'an error budget period that is not ISO-8601',
      e => {
        e.spec.errorBudget = { incidents: 2, period: '30 days' };
      },
      'spec.errorBudget.period',
      'schema',
    ],
    [
      'a negative error budget',
      e => {
        e.spec.errorBudget = { incidents: -1, period: 'P30D' };
      },
      'spec.errorBudget.incidents',
      'schema',
    ],
    [
      'a contributor role outside the log',
      e => {
        (e.spec.contributors![0] as any).role = 'cheerleading';
      },
      'spec.contributors[0].role',
      'schema',
    ],
    [
      'a kill switch without procedure',
      e => {
        delete (e.spec.killSwitch as any).procedure;
      },
      'spec.killSwitch.procedure',
      'required-field',
    ],
  ])('rejects %s, naming the field', async (_what, change, field, rule) => {
    const error = await errorOf(change);
    expect(error.violations).toEqual([
      expect.objectContaining({ field, rule }),
    ]);
    expect(error.message).toContain(field);
  });

  it.each([1.5, -0.1])(
    'rejects an evaluation pass rate of %s (rule pass-rate-within-0-1)',
    async rate => {
      const error = await errorOf(e => {
        e.spec.evaluation = { dataset: 'd.jsonl', passRate: rate };
      });
      expect(error.violations).toEqual([
        expect.objectContaining({
          field: 'spec.evaluation.passRate',
          rule: 'pass-rate-within-0-1',
        }),
      ]);
      expect(error.message).toContain('(rule: pass-rate-within-0-1)');
    },
  );

  it.each([0, 1])('accepts the boundary pass rate %s', async rate => {
    const entity = designWorkflow();
    entity.spec.evaluation!.passRate = rate;
    await expect(validator.check(entity)).resolves.toBe(true);
  });

  describe('execute and high-risk workflows need approval and a kill switch', () => {
    it.each([
      ['execute', 'low'],
      ['read', 'high'],
    ] as const)(
      'actionTier %s / riskTier %s without both fails on both',
      async (actionTier, riskTier) => {
        const error = await errorOf(e => {
          e.spec.actionTier = actionTier;
          e.spec.riskTier = riskTier;
          delete e.spec.approval;
          delete e.spec.killSwitch;
        });
        expect(error.violations).toEqual([
          expect.objectContaining({
            field: 'spec.approval',
            rule: 'approval-required-for-execute-or-high-risk',
          }),
          expect.objectContaining({
            field: 'spec.killSwitch',
            rule: 'kill-switch-required-for-execute-or-high-risk',
          }),
        ]);
        expect(error.message).toContain(`actionTier is "${actionTier}"`);
      },
    );

    it('an approval that is not required does not count', async () => {
      const error = await errorOf(e => {
        e.spec.actionTier = 'execute';
        e.spec.approval = { required: false };
      });
      expect(error.violations).toEqual([
        expect.objectContaining({
          field: 'spec.approval',
          rule: 'approval-required-for-execute-or-high-risk',
        }),
      ]);
    });

    it('passes with required approval and a kill switch', async () => {
      const entity = designWorkflow();
      entity.spec.actionTier = 'execute';
      entity.spec.riskTier = 'high';
      await expect(validator.check(entity)).resolves.toBe(true);
    });

    it('a write / medium workflow needs neither', async () => {
      const entity = designWorkflow();
      delete entity.spec.approval;
      delete entity.spec.killSwitch;
      await expect(validator.check(entity)).resolves.toBe(true);
    });
  });

  describe('entity refs', () => {
    it('accepts refs without kind or namespace, read with the field default kind', async () => {
      const entity = designWorkflow();
      entity.spec.dri = 'sam.chen';
      entity.spec.owner = 'customer-support';
      entity.spec.derivedFrom = 'sales-inbox-triage';
      await expect(validator.check(entity)).resolves.toBe(true);
    });

    it.each<[string, (e: AIWorkflowEntityV1alpha1) => void, string]>([
      [
        'a DRI that is a group',
        e => {
          e.spec.dri = 'group:default/customer-support';
        },
        'spec.dri',
      ],
      [
        'a business owner that is a group',
        e => {
          e.spec.businessOwner = 'group:default/sales';
        },
        'spec.businessOwner',
      ],
      [
        'a guild that is a user',
        e => {
          e.spec.guild = 'user:default/sam.chen';
        },
        'spec.guild',
      ],
      [
        'a prompt ref to a component',
        e => {
          e.spec.prompts = ['component:default/x'];
        },
        'spec.prompts[0]',
      ],
      [
        'derivedFrom a component',
        e => {
          e.spec.derivedFrom = 'component:default/x';
        },
        'spec.derivedFrom',
      ],
      [
        'a contributor that is a user',
        e => {
          e.spec.contributors![1].team = 'user:default/sam.chen';
        },
        'spec.contributors[1].team',
      ],
    ])('rejects %s (rule entity-ref-kind)', async (_what, change, field) => {
      const error = await errorOf(change);
      expect(error.violations).toEqual([
        expect.objectContaining({ field, rule: 'entity-ref-kind' }),
      ]);
    });

    it('rejects a ref that does not parse (rule entity-ref)', async () => {
      const error = await errorOf(e => {
        e.spec.owner = 'group:default/';
      });
      expect(error.violations).toEqual([
        expect.objectContaining({ field: 'spec.owner', rule: 'entity-ref' }),
      ]);
    });
  });
});

describe('isAIWorkflowEntity', () => {
  it('recognises the kind case-insensitively, with our apiVersion only', () => {
    expect(isAIWorkflowEntity(designWorkflow())).toBe(true);
    expect(
      isAIWorkflowEntity({ ...designWorkflow(), kind: 'aiworkflow' } as Entity),
    ).toBe(true);
    expect(
      isAIWorkflowEntity({
        ...designWorkflow(),
        apiVersion: 'backstage.io/v1alpha1',
      } as Entity),
    ).toBe(false);
    expect(
      isAIWorkflowEntity({
        ...designWorkflow(),
        kind: 'PromptLibrary',
      } as Entity),
    ).toBe(false);
  });
});
