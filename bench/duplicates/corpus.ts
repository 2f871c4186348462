import { DuplicateCandidate } from '../../plugins/ai-marketplace-backend/src/duplicates/findDuplicateClusters';

const ROLES = [
  'support agent',
  'sales representative',
  'financial analyst',
  'recruiter',
  'paralegal',
  'site reliability engineer',
  'account manager',
  'data analyst',
  'procurement specialist',
  'marketing writer',
  'product manager',
  'customer success manager',
  'payroll specialist',
  'security analyst',
  'compliance officer',
  'operations planner',
  'technical writer',
  'claims handler',
  'credit controller',
  'buyer',
  'onboarding coordinator',
  'quality engineer',
  'partner manager',
  'tax accountant',
  'solutions architect',
];
const TEAMS_WORDS = [
  'support',
  'sales',
  'finance',
  'people',
  'legal',
  'platform',
  'marketing',
  'procurement',
  'operations',
  'security',
  'payroll',
  'revenue',
  'logistics',
  'compliance',
  'product',
  'analytics',
  'partnerships',
  'treasury',
  'risk',
];
const NOUNS = [
  'ticket',
  'invoice',
  'contract',
  'purchase order',
  'refund',
  'renewal',
  'quote',
  'forecast',
  'budget',
  'variance',
  'headcount',
  'offer letter',
  'job description',
  'candidate',
  'interview',
  'onboarding plan',
  'policy',
  'clause',
  'amendment',
  'incident',
  'postmortem',
  'runbook',
  'alert',
  'deployment',
  'release note',
  'changelog',
  'roadmap',
  'backlog',
  'epic',
  'user story',
  'feature request',
  'bug report',
  'escalation',
  'complaint',
  'churn risk',
  'account plan',
  'pipeline',
  'opportunity',
  'lead',
  'campaign',
  'newsletter',
  'press release',
  'landing page',
  'supplier',
  'vendor',
  'shipment',
  'delivery',
  'stock level',
  'warehouse',
  'expense report',
  'reimbursement',
  'audit finding',
  'control',
  'risk register',
  'vulnerability',
  'access request',
  'payslip',
  'timesheet',
  'leave request',
  'benefit',
  'survey',
  'feedback',
  'meeting notes',
  'action item',
  'decision log',
  'customer email',
  'chat transcript',
  'call summary',
  'knowledge article',
  'faq',
  'pricing page',
  'discount',
  'credit note',
  'payment',
  'dunning letter',
  'cash flow',
  'ledger',
  'journal entry',
  'reconciliation',
  'tax return',
  'grant',
  'partner agreement',
  'nda',
  'data request',
  'privacy notice',
  'claim',
  'warranty',
  'return',
  'order',
  'subscription',
  'usage report',
  'dashboard',
  'kpi',
  'okr',
  'board memo',
  'investor update',
  'status report',
];
const VERBS = [
  'summarise',
  'classify',
  'draft',
  'review',
  'rewrite',
  'translate',
  'extract',
  'compare',
  'check',
  'prioritise',
  'explain',
  'list',
  'score',
  'tag',
  'route',
  'answer',
  'propose',
  'estimate',
  'flag',
  'reconcile',
  'validate',
  'outline',
  'shorten',
  'expand',
  'critique',
  'group',
  'rank',
  'match',
  'detect',
  'recommend',
];
const ADJECTIVES = [
  'concise',
  'friendly',
  'formal',
  'neutral',
  'urgent',
  'overdue',
  'new',
  'open',
  'disputed',
  'critical',
  'recurring',
  'high value',
  'late',
  'incomplete',
  'ambiguous',
  'sensitive',
  'confidential',
  'quarterly',
  'monthly',
  'weekly',
  'regional',
  'global',
  'strategic',
  'routine',
  'blocked',
  'approved',
  'rejected',
  'pending',
  'duplicate',
  'missing',
];
const AUDIENCES = [
  'the customer',
  'the account owner',
  'the hiring manager',
  'the on-call engineer',
  'the finance controller',
  'the legal counsel',
  'the executive team',
  'the vendor',
  'the candidate',
  'the team lead',
  'the auditor',
  'the board',
];
const FORMATS = [
  'a bulleted list',
  'a short table',
  'three sentences',
  'one paragraph',
  'a numbered checklist',
  'plain text without markdown',
  'a JSON object',
  'an email',
  'a slack message',
  'two short sections',
];
const VARIABLES = [
  'ticket',
  'document',
  'thread',
  'notes',
  'diff',
  'email',
  'transcript',
  'policy',
  'contract',
  'data',
  'context',
  'request',
];

/** Sentence patterns; `{v}` verb, `{n}` noun, `{a}` adjective, `{au}` audience, `{f}` format, `{x}` placeholder. */
const PATTERNS = [
  '{v} the {a} {n} for {au}.',
  'Read the {n} below and {v} every {a} {n}.',
  'Use {f} and keep it {a}.',
  'If the {n} mentions a {n}, {v} it and explain why.',
  'Do not {v} the {n}; ask {au} instead.',
  'Start with the {a} {n}, then the {n}.',
  'Here is the {n}: {x}',
  'Context from {au}: {x}',
  '{v} each {n} as {a}, {a} or {a}.',
  'Never include {a} details from the {n}.',
  'When unsure, {v} the {n} and say what is missing.',
  'Write for {au} in a {a} tone.',
  'Return {f} with the {n}, the {n} and the next step.',
  'Compare the {n} with the last {n} and {v} the differences.',
  'Mention the {a} {n} first.',
  '{v} at most five {n} items, most {a} first.',
  'Cite the {n} for every claim.',
  'Ignore {a} {n} entries older than a year.',
];

/** An asset of the generated catalog, with the index of the planted group it belongs to, if any. */
export type GeneratedCorpus = {
  candidates: DuplicateCandidate[];
  /** Ids of the planted near-duplicate groups (pairs and triples), base first. */
  plantedGroups: string[][];
};

/**
 * A seeded catalog of `documents` prompts owned by `teams` teams, with
 * `pairs` + `triples` planted groups whose copies (owned by other teams) are
 * the original with 5–15 % of words substituted or inserted, and
 * `sameTeamCopies` copies edited the same way but kept by the same team.
 */
export function generateCorpus(options: {
  documents: number;
  teams: number;
  pairs: number;
  triples: number;
  sameTeamCopies: number;
  random: () => number;
}): GeneratedCorpus {
  const { random } = options;
  const pick = <T>(items: readonly T[]): T => items[random() % items.length];
  const vocabulary = [...NOUNS, ...VERBS, ...ADJECTIVES].flatMap(term =>
    term.split(' '),
  );
  const team = (index: number) =>
    `group:default/team-${String(index).padStart(3, '0')}`;
  const otherTeam = (excluded: Set<number>) => {
    for (;;) {
      const index = random() % options.teams;
      if (!excluded.has(index)) {
        excluded.add(index);
        return index;
      }
    }
  };

  const prompt = (): string => {
    const target = 30 + (random() % 91);
    const words = `You are a ${pick(ADJECTIVES)} ${pick(ROLES)} on the ${pick(
      TEAMS_WORDS,
    )} team at Acme.`.split(' ');
    while (words.length < target) {
      const sentence = pick(PATTERNS)
        .replace(/\{v\}/g, () => pick(VERBS))
        .replace(/\{n\}/g, () => pick(NOUNS))
        .replace(/\{au\}/g, () => pick(AUDIENCES))
        .replace(/\{a\}/g, () => pick(ADJECTIVES))
        .replace(/\{f\}/g, () => pick(FORMATS))
        .replace(/\{x\}/g, () => `{{${pick(VARIABLES)}}}`);
      words.push(...sentence.split(' '));
    }
    const text = words.slice(0, target).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  /** Substitutes or inserts (even odds) 5–15 % of the words. */
  const editedCopy = (text: string): string => {
    const words = text.split(' ');
    const edits = Math.max(
      1,
      Math.round((words.length * (5 + (random() % 11))) / 100),
    );
    for (let e = 0; e < edits; e++) {
      const at = random() % words.length;
      if (random() % 2 === 0) {
        words[at] = pick(vocabulary);
      } else {
        words.splice(at, 0, pick(vocabulary));
      }
    }
    return words.join(' ');
  };

  const candidates: DuplicateCandidate[] = [];
  const add = (ownerIndex: number, text: string) => {
    const id = `promptlibrary:default/library-${candidates.length}#prompt`;
    candidates.push({ id, kind: 'prompt', ownerRef: team(ownerIndex), text });
    return id;
  };

  const plantedGroups: string[][] = [];
  const groupSizes = [
    ...Array(options.pairs).fill(2),
    ...Array(options.triples).fill(3),
  ];
  for (const size of groupSizes) {
    const owners = new Set<number>();
    const original = prompt();
    const group = [add(otherTeam(owners), original)];
    for (let copy = 1; copy < size; copy++) {
      group.push(add(otherTeam(owners), editedCopy(original)));
    }
    plantedGroups.push(group);
  }
  for (let copy = 0; copy < options.sameTeamCopies; copy++) {
    const owner = random() % options.teams;
    const original = prompt();
    add(owner, original);
    add(owner, editedCopy(original));
  }
  while (candidates.length < options.documents) {
    add(random() % options.teams, prompt());
  }
  return { candidates, plantedGroups };
}
