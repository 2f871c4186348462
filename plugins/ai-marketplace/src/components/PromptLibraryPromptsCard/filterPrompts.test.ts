import type { PromptTemplate } from '@ai-marketplace/plugin-ai-marketplace-common';
import { filterPrompts } from './filterPrompts';

const prompts: PromptTemplate[] = [
  {
    id: 'first-response',
    title: 'First response draft',
    description: 'A polite first reply.',
    template: '{{ticket}}',
    tags: ['email'],
  },
  {
    id: 'refund-decision',
    title: 'Refund decision',
    template: '{{order}}',
    tags: ['billing', 'email'],
  },
  { id: 'summary', title: 'Ticket summary', template: '{{ticket}}' },
];

const ids = (query: string) => filterPrompts(prompts, query).map(p => p.id);

describe('filterPrompts', () => {
  it('keeps everything for an empty query', () => {
    expect(ids('  ')).toEqual(['first-response', 'refund-decision', 'summary']);
  });

  it('matches title, id, tag and description, ignoring case', () => {
    expect(ids('REFUND')).toEqual(['refund-decision']);
    expect(ids('summary')).toEqual(['summary']);
    expect(ids('email')).toEqual(['first-response', 'refund-decision']);
    expect(ids('polite')).toEqual(['first-response']);
  });

  it('needs every word to match', () => {
    expect(ids('email billing')).toEqual(['refund-decision']);
    expect(ids('email nothing')).toEqual([]);
  });
});
