import { StoredCatalogAsset } from '../database/CatalogAssetStore';
import { DuplicateDetectionRun } from '../database/DuplicateClusterStore';
import { buildDuplicatesReport } from './duplicatesReport';

const SUPPORT = 'group:default/customer-support';
const SALES = 'group:default/sales';
const FINANCE = 'group:default/finance';
const OPERATIONS = 'group:default/operations';
const PROMPT_GUILD = 'group:default/prompt-engineering-guild';

const SEEN = new Date('2026-11-01T00:00:00Z');

function asset(
  entityRef: string,
  ownerRef: string,
  fn: string,
  guildRef?: string,
): StoredCatalogAsset {
  return {
    entityRef,
    kind: entityRef.startsWith('aiworkflow') ? 'aiworkflow' : 'promptlibrary',
    title: entityRef,
    ownerRef,
    function: fn,
    guildRef,
    firstSeenAt: SEEN,
    lastSeenAt: SEEN,
  };
}

const assets = [
  asset('promptlibrary:default/support-prompts', SUPPORT, 'support'),
  asset('promptlibrary:default/sales-prompts', SALES, 'sales', PROMPT_GUILD),
  asset(
    'promptlibrary:default/finance-prompts',
    FINANCE,
    'finance',
    PROMPT_GUILD,
  ),
  asset('aiworkflow:default/ap-inbox-triage', FINANCE, 'finance'),
  asset('aiworkflow:default/supplier-inbox-triage', OPERATIONS, 'operations'),
  asset('aiworkflow:default/legal-intake', 'group:default/legal', 'legal'),
];

const promptCluster = {
  id: 'prompt-1',
  items: [
    {
      entityRef: 'promptlibrary:default/sales-prompts',
      promptId: 'email-tone-rewrite',
      ownerRef: SALES,
      title: 'Sales email tone rewrite',
      similarity: 0.64,
    },
    {
      entityRef: 'promptlibrary:default/support-prompts',
      promptId: 'tone-rewrite',
      ownerRef: SUPPORT,
      title: 'Tone rewrite',
      similarity: 0.64,
    },
  ],
};
const workflowCluster = {
  id: 'workflow-1',
  items: [
    {
      entityRef: 'aiworkflow:default/ap-inbox-triage',
      ownerRef: FINANCE,
      title: 'AP inbox triage',
      similarity: 0.8,
    },
    {
      entityRef: 'aiworkflow:default/supplier-inbox-triage',
      ownerRef: OPERATIONS,
      title: 'Supplier inbox triage',
      similarity: 0.8,
    },
  ],
};

const run: DuplicateDetectionRun = {
  detectedAt: new Date('2026-11-21T10:00:00Z'),
  similarityThreshold: 0.6,
  candidates: 20,
  clusters: [promptCluster, workflowCluster],
};

const report = (
  filter = {},
  options: Partial<{ run: DuplicateDetectionRun }> = { run },
) =>
  buildDuplicatesReport({
    run: options.run,
    assets,
    filter,
    configuredThreshold: 0.5,
  });

describe('buildDuplicatesReport', () => {
  it('reports every cluster and the org-wide rate over the present assets', () => {
    expect(report()).toEqual({
      detectedAt: '2026-11-21T10:00:00.000Z',
      similarityThreshold: 0.6,
      duplicationRate: { assets: 6, assetsWithDuplicate: 4, rate: 4 / 6 },
      clusters: [promptCluster, workflowCluster],
    });
  });

  it('filters by team: clusters with a member the team owns, the rate over its assets', () => {
    expect(report({ teamRef: FINANCE })).toMatchObject({
      duplicationRate: { assets: 2, assetsWithDuplicate: 1, rate: 0.5 },
      clusters: [workflowCluster],
    });
  });

  it('filters by function and by guild through the catalog snapshot', () => {
    expect(report({ function: 'support' })).toMatchObject({
      duplicationRate: { assets: 1, assetsWithDuplicate: 1, rate: 1 },
      clusters: [promptCluster],
    });
    expect(report({ guildRef: PROMPT_GUILD })).toMatchObject({
      duplicationRate: { assets: 2, assetsWithDuplicate: 1, rate: 0.5 },
      clusters: [promptCluster],
    });
  });

  it('needs one member to match every filter at once', () => {
    // Sales owns a member, and a finance asset is in a cluster, but no
    // member is both.
    expect(report({ teamRef: SALES, function: 'finance' })).toMatchObject({
      duplicationRate: { assets: 0, assetsWithDuplicate: 0, rate: 0 },
      clusters: [],
    });
  });

  it('does not count assets that left the catalog since the run', () => {
    const withoutSales = buildDuplicatesReport({
      run,
      assets: assets.filter(a => a.ownerRef !== SALES),
      filter: { guildRef: PROMPT_GUILD },
      configuredThreshold: 0.5,
    });
    expect(withoutSales.duplicationRate).toEqual({
      assets: 1,
      assetsWithDuplicate: 0,
      rate: 0,
    });
    // The cluster is still shown through its member's own owner.
    expect(
      buildDuplicatesReport({
        run,
        assets: [],
        filter: { teamRef: SALES },
        configuredThreshold: 0.5,
      }).clusters,
    ).toEqual([promptCluster]);
  });

  it('answers before the first run with the configured threshold and no clusters', () => {
    expect(report({}, { run: undefined })).toEqual({
      detectedAt: null,
      similarityThreshold: 0.5,
      duplicationRate: { assets: 6, assetsWithDuplicate: 0, rate: 0 },
      clusters: [],
    });
  });
});
