import { ReactNode } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { CopyTextButton } from '@backstage/core-components';
import {
  PROMPT_LIBRARY_REF_KINDS,
  PromptTemplate,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { SubField } from '../Field';
import { SpecRefLinks } from '../SpecRefLink';
import { PromptExamples } from './PromptExamples';
import { PromptTemplateText } from './PromptTemplateText';
import { PromptVariablesTable } from './PromptVariablesTable';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    minWidth: 0,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
  sectionHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
  },
}));

/**
 * One prompt of a library. Collapsed, it shows what the prompt is for;
 * expanded, everything needed to use it.
 */
export function PromptAccordion(props: {
  prompt: PromptTemplate;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** Curation marks (featured, deprecated) next to the tags. */
  marks?: ReactNode;
  /** The form that fills the variables and copies the rendered prompt. */
  fillForm?: ReactNode;
  /** Curation actions, for those allowed to curate. */
  curationActions?: ReactNode;
}) {
  const {
    prompt,
    expanded,
    onExpandedChange,
    marks,
    fillForm,
    curationActions,
  } = props;
  const classes = useStyles();
  const detailsId = `prompt-${prompt.id}-details`;

  return (
    <Accordion
      expanded={expanded}
      onChange={(_event, isExpanded) => onExpandedChange(isExpanded)}
      // Ten expanded prompts would be a long page; render only open ones.
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={detailsId}
      >
        <div className={classes.summary}>
          <Typography variant="subtitle1" component="h4">
            <strong>{prompt.title}</strong>
          </Typography>
          <div className={classes.meta}>
            <Typography variant="body2" color="textSecondary">
              <code>{prompt.id}</code>
              {prompt.version && ` · v${prompt.version}`}
            </Typography>
            {marks}
            {prompt.tags?.map(tag => (
              <Chip key={tag} size="small" label={tag} />
            ))}
          </div>
          {prompt.description && (
            <Typography variant="body2" color="textSecondary">
              {prompt.description}
            </Typography>
          )}
        </div>
      </AccordionSummary>
      <AccordionDetails id={detailsId} className={classes.details}>
        <div>
          <div className={classes.sectionHeader}>
            <Typography variant="subtitle2" component="h5">
              Template
            </Typography>
            <CopyTextButton
              text={prompt.template}
              aria-label={`Copy the template of ${prompt.title}`}
              tooltipText="Template copied to clipboard"
              variant="secondary"
            />
          </div>
          <PromptTemplateText template={prompt.template} />
        </div>
        <div>
          <Typography variant="subtitle2" component="h5" gutterBottom>
            Variables
          </Typography>
          <PromptVariablesTable
            promptTitle={prompt.title}
            variables={prompt.variables ?? []}
          />
        </div>
        {fillForm}
        <SubField label="Models">
          {prompt.models && prompt.models.length > 0 && (
            <SpecRefLinks
              entityRefs={prompt.models}
              defaultKind={PROMPT_LIBRARY_REF_KINDS['prompts.models'][0]}
            />
          )}
        </SubField>
        {prompt.examples && prompt.examples.length > 0 && (
          <PromptExamples examples={prompt.examples} />
        )}
        {curationActions && (
          <div>
            <Typography variant="subtitle2" component="h5" gutterBottom>
              Curation
            </Typography>
            {curationActions}
          </div>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
