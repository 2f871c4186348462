import { screen } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { toLocalIsoDate } from '../../lib/reviewStatus';
import { PromptLibraryOverviewCard } from './PromptLibraryOverviewCard';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A YYYY-MM-DD date `days` before today, so the tests never go stale. */
function daysAgo(days: number): string {
  return toLocalIsoDate(new Date(Date.now() - days * DAY_MS));
}

/** The YYYY-MM-DD date `days` after a YYYY-MM-DD date. */
function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

function libraryReviewed(reviewedAt: string, reviewCadence?: string) {
  return {
    ...examplePromptLibrary,
    spec: { ...examplePromptLibrary.spec, reviewedAt, reviewCadence },
  };
}

describe('PromptLibraryOverviewCard', () => {
  it('shows owner, curating guild, function, lifecycle and prompt count', async () => {
    await renderEntityCard(<PromptLibraryOverviewCard />, examplePromptLibrary);

    expect(
      screen.getByRole('link', { name: 'customer-support' }),
    ).toHaveAttribute('href', '/catalog/default/group/customer-support');
    expect(
      screen.getByRole('link', { name: 'support-automation-guild' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/support-automation-guild',
    );
    expect(screen.getByText('support')).toBeInTheDocument();
    expect(screen.getByText('production')).toBeInTheDocument();
    expect(screen.getByText('1 prompt')).toBeInTheDocument();
    expect(screen.getByText('2026-09-01')).toBeInTheDocument();
    expect(screen.getByText('every 90 days')).toBeInTheDocument();
  });

  it('flags a review older than its cadence as overdue', async () => {
    const reviewedAt = daysAgo(200);
    await renderEntityCard(
      <PromptLibraryOverviewCard />,
      libraryReviewed(reviewedAt, 'P90D'),
    );

    expect(
      screen.getByText(`Review overdue since ${daysAfter(reviewedAt, 90)}`),
    ).toBeInTheDocument();
  });

  it('does not flag a fresh review, and says when the next one is due', async () => {
    const reviewedAt = daysAgo(10);
    await renderEntityCard(
      <PromptLibraryOverviewCard />,
      libraryReviewed(reviewedAt, 'P90D'),
    );

    expect(screen.queryByText(/Review overdue/)).not.toBeInTheDocument();
    expect(screen.getByText(daysAfter(reviewedAt, 90))).toHaveTextContent(
      `Next review due: ${daysAfter(reviewedAt, 90)}`,
    );
  });

  it('applies the default 90-day cadence when none is declared', async () => {
    await renderEntityCard(
      <PromptLibraryOverviewCard />,
      libraryReviewed(daysAgo(100)),
    );

    expect(screen.getByText(/Review overdue since/)).toBeInTheDocument();
    expect(screen.getByText('every 90 days (default)')).toBeInTheDocument();
  });

  it('says "Not declared" for a library never reviewed and without guild', async () => {
    const { reviewedAt, reviewCadence, guild, ...spec } =
      examplePromptLibrary.spec;
    await renderEntityCard(<PromptLibraryOverviewCard />, {
      ...examplePromptLibrary,
      spec,
    });

    expect(screen.getAllByText('Not declared')).toHaveLength(2);
    expect(screen.queryByText(/Review overdue/)).not.toBeInTheDocument();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(<PromptLibraryOverviewCard />, exampleAIWorkflow);
    expect(
      screen.getByText(/This card shows PromptLibrary entities/),
    ).toBeInTheDocument();
  });
});
