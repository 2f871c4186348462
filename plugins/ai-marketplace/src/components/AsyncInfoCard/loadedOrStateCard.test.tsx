import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { loadedOrStateCard } from './loadedOrStateCard';

const options = {
  title: 'Top things',
  errorTitle: 'Could not load the things',
  empty: (things: string[]) =>
    things.length
      ? undefined
      : { title: 'No things yet', description: 'Things appear here.' },
};

async function renderCard(result: ReturnType<typeof loadedOrStateCard>) {
  expect(result).toHaveProperty('card');
  await renderInTestApp('card' in result ? result.card : <></>);
}

describe('loadedOrStateCard', () => {
  it('shows a progress bar in the titled card while loading', async () => {
    await renderCard(
      loadedOrStateCard({ ...options, state: { loading: true } }),
    );
    expect(screen.getByText('Top things')).toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error with its title', async () => {
    await renderCard(
      loadedOrStateCard({
        ...options,
        state: { loading: false, error: new Error('backend down') },
      }),
    );
    expect(
      screen.getAllByText(/Could not load the things/).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/backend down/).length).toBeGreaterThan(0);
  });

  it('shows the empty state when the value has nothing to show', async () => {
    await renderCard(
      loadedOrStateCard({ ...options, state: { loading: false, value: [] } }),
    );
    expect(screen.getByText('No things yet')).toBeInTheDocument();
    expect(screen.getByText('Things appear here.')).toBeInTheDocument();
  });

  it('hands back the value otherwise', () => {
    expect(
      loadedOrStateCard({
        ...options,
        state: { loading: false, value: ['a'] },
      }),
    ).toEqual({ value: ['a'] });
  });
});
