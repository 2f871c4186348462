/**
 * Which kinds each entity-ref field of our kinds may point at. The first kind
 * is the default used when a ref omits its kind ("sam.chen" means
 * "user:default/sam.chen" in `dri`).
 */
export const AI_WORKFLOW_REF_KINDS = {
  owner: ['group', 'user'],
  businessOwner: ['user'],
  dri: ['user'],
  technicalSponsor: ['group', 'user'],
  guild: ['group'],
  models: ['resource', 'component'],
  prompts: ['promptlibrary'],
  derivedFrom: ['aiworkflow'],
  'approval.approvers': ['group', 'user'],
  'killSwitch.owner': ['user', 'group'],
  'contributors.team': ['group'],
} as const;

/** @public */
export const PROMPT_LIBRARY_REF_KINDS = {
  owner: ['group', 'user'],
  guild: ['group'],
  'prompts.models': ['resource', 'component'],
} as const;
