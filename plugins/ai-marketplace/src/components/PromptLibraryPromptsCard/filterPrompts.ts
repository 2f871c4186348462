import type { PromptTemplate } from '@ai-marketplace/plugin-ai-marketplace-common';

/**
 * Keeps the prompts whose title, id, tags or description contain every word
 * of the query, ignoring case. An empty query keeps them all.
 */
export function filterPrompts(
  prompts: PromptTemplate[],
  query: string,
): PromptTemplate[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return prompts;
  }
  return prompts.filter(prompt => {
    const text = [
      prompt.title,
      prompt.id,
      prompt.description ?? '',
      ...(prompt.tags ?? []),
    ]
      .join('\n')
      .toLocaleLowerCase();
    return words.every(word => text.includes(word));
  });
}
