import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { insightsRouteRef, rootRouteRef } from '../../routes';
import { PageSwitchLink } from './PageSwitchLink';

describe('PageSwitchLink', () => {
  it('links to the page where the app mounted it', async () => {
    await renderInTestApp(
      <PageSwitchLink to={insightsRouteRef}>AI Insights</PageSwitchLink>,
      { mountedRoutes: { '/internal/ai': rootRouteRef } },
    );
    // MUI renders the link as an <a> with role "button".
    expect(screen.getByRole('button', { name: 'AI Insights' })).toHaveAttribute(
      'href',
      '/internal/ai/insights',
    );
  });

  it('shows nothing when the app did not mount the marketplace', async () => {
    await renderInTestApp(
      <>
        <PageSwitchLink to={insightsRouteRef}>AI Insights</PageSwitchLink>
        <p>page body</p>
      </>,
    );
    expect(screen.getByText('page body')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
