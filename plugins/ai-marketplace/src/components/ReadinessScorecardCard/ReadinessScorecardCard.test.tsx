import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityScorecard,
  ScorecardExemption,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { resetPermissionCache } from '../../__testUtils__/resetPermissionCache';
import { addUtcDays, utcDay } from '../../lib/utcDays';
import { ReadinessScorecardCard } from './ReadinessScorecardCard';

// MUI selects and dialogs are slow in jsdom, more so on a busy machine.
jest.setTimeout(20_000);

/** What the permission mock may answer. */
type Decision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

const ENTITY_REF = 'aiworkflow:default/support-ticket-triage';

const scorecard: EntityScorecard = {
  entityRef: ENTITY_REF,
  kind: 'AIWorkflow',
  ownerRef: 'group:default/customer-support',
  day: '2026-11-20',
  computedAt: '2026-11-20T03:00:00.000Z',
  level: 'silver',
  score: 0.71,
  nextLevel: {
    level: 'gold',
    missing: [
      {
        checkId: 'review-within-cadence',
        title: 'Reviewed within its cadence',
        status: 'stale',
        reason: 'Last reviewed 120 days ago; the cadence is 90 days',
        fix: 'Review it and update spec.reviewedAt',
      },
      {
        checkId: 'documentation-linked',
        title: 'Documentation linked',
        status: 'fail',
        reason: 'No documentation link',
        fix: 'Add a link titled "Documentation" to metadata.links',
      },
    ],
  },
  checks: [
    {
      checkId: 'dri-named',
      title: 'DRI named',
      status: 'pass',
      reason: 'sam.chen is the DRI',
    },
    {
      checkId: 'documentation-linked',
      title: 'Documentation linked',
      status: 'fail',
      reason: 'No documentation link',
      fix: 'Add a link titled "Documentation" to metadata.links',
    },
    {
      checkId: 'review-within-cadence',
      title: 'Reviewed within its cadence',
      status: 'stale',
      reason: 'Last reviewed 120 days ago; the cadence is 90 days',
      fix: 'Review it and update spec.reviewedAt',
    },
    {
      checkId: 'approved-models',
      title: 'Approved models only',
      status: 'exempt',
      reason: 'Exempted by user:default/sam.chen until 2027-01-31: pilot',
    },
    {
      checkId: 'prompts-versioned-with-examples',
      title: 'Prompts versioned with examples',
      status: 'not-applicable',
      reason: 'Only prompt libraries have prompts',
    },
  ],
};

const exemption = (
  id: string,
  overrides: Partial<ScorecardExemption> = {},
): ScorecardExemption => ({
  id,
  entityRef: ENTITY_REF,
  checkId: 'approved-models',
  justification: 'Pilot with a model under review',
  expiresOn: '2027-01-31',
  createdBy: 'user:default/sam.chen',
  createdAt: '2026-11-01T10:00:00.000Z',
  active: true,
  ...overrides,
});

function apiWith(overrides = {}) {
  return marketplaceApiMock({
    getEntityScorecard: async () => scorecard,
    listExemptions: async () => ({
      exemptions: [
        exemption('ex-1'),
        exemption('ex-0', {
          checkId: 'dri-named',
          active: false,
          revokedAt: '2026-10-01T00:00:00.000Z',
          revokedBy: 'user:default/sam.chen',
        }),
      ],
    }),
    ...overrides,
  });
}

function renderCard(
  api = apiWith(),
  authorize: (r: EvaluatePermissionRequest) => Decision = () =>
    AuthorizeResult.DENY,
  entity: Entity = exampleAIWorkflow,
) {
  return renderEntityCard(
    <TestApiProvider
      apis={[
        [marketplaceApiRef, api],
        [permissionApiRef, mockApis.permission({ authorize })],
      ]}
    >
      <ReadinessScorecardCard />
    </TestApiProvider>,
    entity,
  );
}

describe('ReadinessScorecardCard', () => {
  beforeEach(resetPermissionCache);

  it('shows the level, every check worst first with reason and fix, the next level and exemptions', async () => {
    const api = apiWith();
    await renderCard(api);

    expect(await screen.findByText('Silver')).toBeInTheDocument();
    expect(screen.getByText(/^Score 71%/)).toBeInTheDocument();

    const rows = within(
      screen.getByRole('table', { name: 'Readiness checks' }),
    ).getAllByRole('row');
    expect(
      rows.slice(1).map(row => within(row).getAllByRole('cell')[0].textContent),
    ).toEqual(['stale', 'fail', 'exempt', 'pass', 'not applicable']);
    expect(rows[1]).toHaveTextContent(
      'Reviewed within its cadenceLast reviewed 120 days ago; the cadence is 90 daysReview it and update spec.reviewedAt',
    );
    expect(rows[4]).toHaveTextContent('DRI named');
    expect(within(rows[4]).getAllByRole('cell')[3]).toHaveTextContent('—');

    const missing = screen.getByRole('list', { name: 'Missing for Gold' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      'staleReviewed within its cadence: Review it and update spec.reviewedAt',
      'failDocumentation linked: Add a link titled "Documentation" to metadata.links',
    ]);

    expect(screen.getByText('Exemptions (1 active)')).toBeInTheDocument();
    const active = screen.getByRole('list', { name: 'Active exemptions' });
    expect(active).toHaveTextContent('Approved models only — until 2027-01-31');
    expect(active).toHaveTextContent(
      '“Pilot with a model under review” — by sam.chen',
    );
    expect(
      screen.queryByRole('list', { name: 'Past exemptions' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show past exemptions (1)' }),
    );
    expect(
      screen.getByRole('list', { name: 'Past exemptions' }),
    ).toHaveTextContent('DRI named — revoked 2026-10-01');

    expect(api.getEntityScorecard).toHaveBeenCalledWith(ENTITY_REF);
    expect(api.listExemptions).toHaveBeenCalledWith(ENTITY_REF, 'all');
  });

  it('hides recompute and exemption actions from users the policy denies', async () => {
    await renderCard();
    expect(await screen.findByText('Silver')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Recompute' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add exemption' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Revoke/ }),
    ).not.toBeInTheDocument();
  });

  it('asks the policy about exemptions for this asset, and lets a guild lead add one', async () => {
    const api = apiWith({
      createExemption: jest.fn(async () => ({
        status: 'recorded',
        exemption: exemption('new'),
      })),
    });
    const asked: EvaluatePermissionRequest[] = [];
    await renderCard(api, request => {
      asked.push(request);
      return request.permission.name ===
        'ai-marketplace.scorecard-exemption.manage'
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY;
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Add exemption' }),
    );
    expect(asked).toContainEqual(
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'ai-marketplace.scorecard-exemption.manage',
        }),
        resourceRef: ENTITY_REF,
      }),
    );
    expect(
      screen.queryByRole('button', { name: 'Recompute' }),
    ).not.toBeInTheDocument();

    const dialog = screen.getByRole('dialog');
    // Only failing and stale checks can be exempted; the first is chosen.
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Check/ }),
    );
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual([
      'Documentation linked (fail)',
      'Reviewed within its cadence (stale)',
    ]);
    await userEvent.click(
      screen.getByRole('option', {
        name: 'Reviewed within its cadence (stale)',
      }),
    );
    const exempt = within(dialog).getByRole('button', { name: 'Exempt' });
    expect(exempt).toBeDisabled();
    await userEvent.click(within(dialog).getByLabelText(/Justification/));
    await userEvent.paste('Library is being rewritten this quarter');
    api.getEntityScorecard.mockClear();
    await userEvent.click(exempt);

    await waitFor(() => expect(api.createExemption).toHaveBeenCalledTimes(1));
    expect(api.createExemption).toHaveBeenCalledWith({
      id: expect.stringMatching(/^[A-Za-z0-9._:-]{1,64}$/),
      entityRef: ENTITY_REF,
      checkId: 'review-within-cadence',
      justification: 'Library is being rewritten this quarter',
      expiresOn: addUtcDays(utcDay(new Date()), 90),
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    // The backend rescored the asset: the card reloads it.
    expect(api.getEntityScorecard).toHaveBeenCalledTimes(1);
  });

  it('lets a guild lead revoke an active exemption', async () => {
    const api = apiWith({
      revokeExemption: jest.fn(async () => ({
        status: 'revoked',
        exemption: exemption('ex-1', { active: false }),
      })),
    });
    await renderCard(api, () => AuthorizeResult.ALLOW);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Revoke the exemption from Approved models only',
      }),
    );
    expect(api.revokeExemption).toHaveBeenCalledWith('ex-1');
    await waitFor(() => expect(api.listExemptions).toHaveBeenCalledTimes(2));
  });

  it('recomputes for users allowed to, and shows the new result', async () => {
    const api = apiWith({
      recomputeEntityScorecard: jest.fn(async () => ({
        ...scorecard,
        level: 'gold',
        nextLevel: null,
        score: 1,
      })),
    });
    await renderCard(api, request =>
      request.permission.name === 'ai-marketplace.scorecard.recompute'
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Recompute' }),
    );
    expect(api.recomputeEntityScorecard).toHaveBeenCalledWith(ENTITY_REF);
    expect(await screen.findByText('Gold')).toBeInTheDocument();
    expect(
      screen.getByText('Gold is the top level: keep the checks passing.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add exemption' }),
    ).not.toBeInTheDocument();
  });

  it('says when an asset has no level and no exemption', async () => {
    await renderCard(
      apiWith({
        getEntityScorecard: async () => ({
          ...scorecard,
          level: null,
          nextLevel: { level: 'bronze', missing: [] },
        }),
        listExemptions: async () => ({ exemptions: [] }),
      }),
      undefined,
      examplePromptLibrary,
    );
    expect(
      await screen.findByText('No readiness level yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('To reach Bronze')).toBeInTheDocument();
    expect(screen.getByText('No check is exempted.')).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    await renderCard(
      apiWith({
        getEntityScorecard: async () => {
          throw new Error('Scorecards are not computed yet');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/Scorecards are not computed yet/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(apiWith(), undefined, {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'billing-service' },
    });
    expect(
      screen.getByText(/This card shows AIWorkflow or PromptLibrary entities/),
    ).toBeInTheDocument();
  });
});
