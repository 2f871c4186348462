import type {
  ActionTier,
  DataClassification,
  RiskTier,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** What each action tier lets the AI do, in plain words. */
export const ACTION_TIER_EXPLANATIONS: Record<ActionTier, string> = {
  read: 'reads data, never changes anything',
  recommend: 'suggests, a person decides',
  write: 'changes records, reversible',
  execute: 'takes irreversible actions',
};

/** What a mistake would cost at each risk tier, in plain words. */
export const RISK_TIER_EXPLANATIONS: Record<RiskTier, string> = {
  low: 'a mistake is easy to spot and cheap to undo',
  medium: 'a mistake can reach customers or records, and can be corrected',
  high: 'a mistake can seriously harm people, money or reputation',
};

/** Who may see the data the workflow handles, in plain words. */
export const DATA_CLASSIFICATION_EXPLANATIONS: Record<
  DataClassification,
  string
> = {
  public: 'may be shared outside the company',
  internal: 'for employees only',
  confidential: 'only for the people who need it, such as customer data',
  restricted: 'the most sensitive data, under strict access control',
};
