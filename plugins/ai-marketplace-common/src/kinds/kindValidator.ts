import {
  Entity,
  entityKindSchemaValidator,
  KindValidator,
} from '@backstage/catalog-model';
import type { EntityRuleViolation } from './rules';

/** The error thrown for an entity that breaks its kind's schema or a rule. */
export class InvalidAIMarketplaceEntityError extends TypeError {
  readonly violations: EntityRuleViolation[];

  constructor(entity: Entity, violations: EntityRuleViolation[]) {
    const ref = `${entity.metadata?.namespace ?? 'default'}/${
      entity.metadata?.name
    }`;
    const details = violations
      .map(v => `${v.field}: ${v.message} (rule: ${v.rule})`)
      .join('; ');
    super(`${entity.kind} "${ref}" is invalid: ${details}`);
    this.name = 'InvalidAIMarketplaceEntityError';
    this.violations = violations;
  }
}

/**
 * Reads the field out of the message `entityKindSchemaValidator` throws, which
 * has the shape `/spec/riskTier must be equal to one of the allowed values -
 * allowedValues: low,medium,high`. A missing or unknown property is named by
 * its parameter, so that the field is the property itself. Array items are
 * written `spec.prompts[2].id`, as in the rule violations.
 */
export function schemaViolation(thrown: string): EntityRuleViolation {
  const message = thrown.replace(/^TypeError: /, '');
  const [path, ...rest] = message.split(' ');
  const base =
    path === '<root>'
      ? ''
      : path
          .slice(1)
          .split('/')
          .map(part => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
          .join('')
          .slice(1);
  const property = /(?:missingProperty|additionalProperty): (\S+)/.exec(
    message,
  )?.[1];
  const field = [base, property].filter(Boolean).join('.') || '<root>';
  let rule = 'schema';
  if (message.includes('missingProperty')) rule = 'required-field';
  if (message.includes('additionalProperty')) rule = 'unknown-field';
  return { field, rule, message: rest.join(' ') };
}

/**
 * A KindValidator for one of our kinds: the JSON schema first, then the rules
 * a schema cannot express. Errors name the entity, the field and the rule.
 */
export function createKindValidator<T extends Entity>(
  schema: unknown,
  ruleViolations: (entity: T) => EntityRuleViolation[],
): KindValidator {
  const validateSchema = entityKindSchemaValidator(schema);
  return {
    async check(entity: Entity) {
      let matched: Entity | false;
      try {
        matched = validateSchema(entity);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new InvalidAIMarketplaceEntityError(entity, [
          schemaViolation(message),
        ]);
      }
      if (matched === false) {
        return false;
      }
      const violations = ruleViolations(entity as T);
      if (violations.length > 0) {
        throw new InvalidAIMarketplaceEntityError(entity, violations);
      }
      return true;
    },
  };
}
