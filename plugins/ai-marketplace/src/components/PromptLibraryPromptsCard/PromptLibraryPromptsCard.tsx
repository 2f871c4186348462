import { useState } from 'react';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityInfoCard,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CurationSummary,
  curationDecisionCreatePermission,
  isPromptLibraryEntity,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { marketplaceApiRef } from '../../api';
import { useRecordingTeam } from '../../hooks/useRecordingTeam';
import { KindMismatch } from '../KindMismatch';
import { TeamPicker } from '../TeamPicker';
import { CurationActions } from './CurationActions';
import { CurationMarks } from './CurationMarks';
import { filterPrompts } from './filterPrompts';
import { PromptAccordion } from './PromptAccordion';
import { PromptFillForm } from './PromptFillForm';

const TITLE = 'Prompts';

/** The library's own marks and last review, and a lead's actions on it. */
function LibraryCuration(props: {
  entityRef: string;
  curation?: CurationSummary;
  canCurate: boolean;
  onDecided: () => void;
}) {
  const { entityRef, curation, canCurate, onDecided } = props;
  const review = curation?.asset.lastReview;
  if (
    !canCurate &&
    !curation?.asset.featured &&
    !curation?.asset.deprecated &&
    !review
  ) {
    return null;
  }
  return (
    <Box mb={2}>
      <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
        <CurationMarks state={curation?.asset} />
        {review && (
          <Typography variant="body2" color="textSecondary">
            Last curation review {review.at.slice(0, 10)} by{' '}
            <EntityRefLink entityRef={review.by} hideIcon />: “{review.note}”
          </Typography>
        )}
      </Box>
      {canCurate && (
        <Box mt={1}>
          <CurationActions
            entityRef={entityRef}
            subject="the library"
            state={curation?.asset}
            onDecided={onDecided}
          />
        </Box>
      )}
    </Box>
  );
}

function PromptsContent(props: { library: PromptLibraryEntityV1alpha1 }) {
  const { library } = props;
  const api = useApi(marketplaceApiRef);
  const entityRef = stringifyEntityRef(library);
  const [query, setQuery] = useState('');
  // Prompts the reader opened or closed; the others follow the rule that
  // the first prompt shown is open, so a filter opens its first match.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const curation = useAsyncRetry(
    () => api.getCuration(entityRef),
    [api, entityRef],
  );
  const { allowed: canCurate } = usePermission({
    permission: curationDecisionCreatePermission,
    resourceRef: entityRef,
  });
  const { teams, team, pick, whenKnown } = useRecordingTeam();
  const promptStates = new Map(
    (curation.value?.prompts ?? []).map(state => [state.promptId, state]),
  );
  const prompts = library.spec.prompts;
  const shown = filterPrompts(prompts, query);

  return (
    <>
      {curation.error && (
        <ResponseErrorPanel
          error={curation.error}
          title="Featured and deprecated marks could not be loaded"
        />
      )}
      <LibraryCuration
        entityRef={entityRef}
        curation={curation.value}
        canCurate={canCurate}
        onDecided={curation.retry}
      />
      <Box
        mb={2}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        gridGap={16}
      >
        <Box flex={1} minWidth={240}>
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
        </Box>
        {team && (
          <TeamPicker
            id="prompt-library-team"
            label="Record copies for"
            teams={teams}
            value={team.ref}
            onChange={pick}
          />
        )}
      </Box>
      {query.trim() && (
        <Typography variant="body2" color="textSecondary" role="status">
          {shown.length === 0
            ? `No prompt matches "${query.trim()}".`
            : `Showing ${shown.length} of ${prompts.length} prompts.`}
        </Typography>
      )}
      {shown.map((prompt, i) => (
        <PromptAccordion
          key={prompt.id}
          prompt={prompt}
          expanded={toggled[prompt.id] ?? i === 0}
          onExpandedChange={expanded =>
            setToggled(previous => ({ ...previous, [prompt.id]: expanded }))
          }
          marks={<CurationMarks state={promptStates.get(prompt.id)} />}
          fillForm={
            <PromptFillForm
              entityRef={entityRef}
              prompt={prompt}
              recordingTeam={whenKnown}
            />
          }
          curationActions={
            canCurate ? (
              <CurationActions
                entityRef={entityRef}
                promptId={prompt.id}
                subject={prompt.title}
                state={promptStates.get(prompt.id)}
                onDecided={curation.retry}
              />
            ) : undefined
          }
        />
      ))}
    </>
  );
}

/**
 * Every prompt of a library, ready to use: a filter on top, then one
 * accordion per prompt (the first one open) with its template, a form that
 * fills the variables, and Copy, which records the use for the user's team.
 * Featured and deprecated marks come from the curating guild; its leads
 * (as the permission policy decides) see the curation actions.
 */
export function PromptLibraryPromptsCard() {
  const { entity } = useEntity();
  if (!isPromptLibraryEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="PromptLibrary" />;
  }
  return (
    <EntityInfoCard title={`${TITLE} (${entity.spec.prompts.length})`}>
      <PromptsContent library={entity} />
    </EntityInfoCard>
  );
}
