import { render, screen } from '@testing-library/react';
import Grid from '@material-ui/core/Grid';
import { Field, SubField } from './Field';

describe('Field', () => {
  it('shows its label and value', () => {
    render(
      <Grid container>
        <Field label="Function">support</Field>
      </Grid>,
    );
    expect(
      screen.getByRole('heading', { name: 'Function' }),
    ).toBeInTheDocument();
    expect(screen.getByText('support')).toBeInTheDocument();
  });

  it.each([undefined, null, false, '', []])(
    'says "Not declared" for a missing value (%p)',
    value => {
      render(
        <Grid container>
          <Field label="Guild">{value}</Field>
        </Grid>,
      );
      expect(screen.getByText('Not declared')).toBeInTheDocument();
    },
  );
});

describe('SubField', () => {
  it('writes "label: value", or "Not declared"', () => {
    render(
      <>
        <SubField label="Dataset">triage.jsonl</SubField>
        <SubField label="Cadence" />
      </>,
    );
    expect(screen.getByText('triage.jsonl')).toHaveTextContent(
      'Dataset: triage.jsonl',
    );
    expect(screen.getByText('Not declared').parentElement).toHaveTextContent(
      'Cadence: Not declared',
    );
  });
});
