import { useState } from 'react';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { isPromptLibraryEntity } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KindMismatch } from '../KindMismatch';
import { filterPrompts } from './filterPrompts';
import { PromptAccordion } from './PromptAccordion';

const TITLE = 'Prompts';

/**
 * Every prompt of a library, ready to read and copy: a filter on top, then
 * one accordion per prompt with the first one shown open.
 */
export function PromptLibraryPromptsCard() {
  const { entity } = useEntity();
  const [query, setQuery] = useState('');
  // Prompts the reader opened or closed; the others follow the rule that
  // the first prompt shown is open, so a filter opens its first match.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  if (!isPromptLibraryEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="PromptLibrary" />;
  }
  const prompts = entity.spec.prompts;
  const shown = filterPrompts(prompts, query);

  return (
    <EntityInfoCard title={`${TITLE} (${prompts.length})`}>
      <Box mb={2}>
        <TextField
          id="prompt-library-filter"
          type="search"
          label="Filter prompts"
          placeholder="Title, id, tag or description"
          variant="outlined"
          size="small"
          fullWidth
          value={query}
          onChange={event => setQuery(event.target.value)}
        />
        {query.trim() && (
          <Typography variant="body2" color="textSecondary" role="status">
            {shown.length === 0
              ? `No prompt matches "${query.trim()}".`
              : `Showing ${shown.length} of ${prompts.length} prompts.`}
          </Typography>
        )}
      </Box>
      {shown.map((prompt, i) => (
        <PromptAccordion
          key={prompt.id}
          prompt={prompt}
          expanded={toggled[prompt.id] ?? i === 0}
          onExpandedChange={expanded =>
            setToggled(previous => ({ ...previous, [prompt.id]: expanded }))
          }
        />
      ))}
    </EntityInfoCard>
  );
}
