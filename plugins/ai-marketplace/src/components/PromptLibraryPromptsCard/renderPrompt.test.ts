import { missingVariables, renderPrompt } from './renderPrompt';

const template =
  'You are a support agent for {{product}}. Draft a first reply to this ticket:\n{{ ticket }}\nSign as {{agent}}.';
const variables = [
  { name: 'product' },
  { name: 'ticket' },
  { name: 'agent', default: 'the support team' },
];

describe('renderPrompt', () => {
  it('substitutes every occurrence with the value typed, else the default', () => {
    expect(
      renderPrompt(template, variables, {
        product: 'Acme CRM',
        ticket: 'I cannot export my contacts.',
      }),
    ).toBe(
      'You are a support agent for Acme CRM. Draft a first reply to this ticket:\nI cannot export my contacts.\nSign as the support team.',
    );
    expect(renderPrompt('{{a}} and {{a}}', [{ name: 'a' }], { a: 'x' })).toBe(
      'x and x',
    );
  });

  it('leaves a variable without value or default visible', () => {
    expect(
      renderPrompt(template, variables, { product: 'Acme CRM' }),
    ).toContain('ticket:\n{{ ticket }}\n');
  });

  it('does not expand braces inside a value', () => {
    expect(
      renderPrompt('{{a}} {{b}}', [{ name: 'a' }, { name: 'b' }], {
        a: '{{b}}',
        b: 'B',
      }),
    ).toBe('{{b}} B');
  });
});

describe('missingVariables', () => {
  it('lists required variables still empty, not optional or defaulted ones', () => {
    expect(
      missingVariables([...variables, { name: 'tone', required: false }], {
        product: 'Acme CRM',
      }),
    ).toEqual(['ticket']);
  });
});
