import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { TeamPicker } from './TeamPicker';

const teams = [
  { ref: 'group:default/customer-support', title: 'Customer Support' },
  { ref: 'group:default/support-leads', title: 'Support leads' },
];

describe('TeamPicker', () => {
  it('names the only team instead of asking', async () => {
    await renderInTestApp(
      <TeamPicker
        id="team"
        label="For team"
        teams={teams.slice(0, 1)}
        value={teams[0].ref}
        onChange={jest.fn()}
      />,
    );
    expect(screen.getByText('For team:')).toHaveTextContent(
      'For team: Customer Support',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a member of several teams pick one', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <TeamPicker
        id="team"
        label="For team"
        teams={teams}
        value={teams[0].ref}
        onChange={onChange}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /For team/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Support leads' }),
    );
    expect(onChange).toHaveBeenCalledWith('group:default/support-leads');
  });
});
