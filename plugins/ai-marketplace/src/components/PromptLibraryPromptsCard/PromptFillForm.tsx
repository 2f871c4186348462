import { memo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import { useApi } from '@backstage/core-plugin-api';
import type { PromptTemplate } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import type { RecordingTeam } from '../../hooks/useRecordingTeam';
import { newEventId } from '../../lib/newEventId';
import { ErrorText } from '../ErrorText';
import { PromptTemplateText } from './PromptTemplateText';
import { missingVariables, renderPrompt } from './renderPrompt';

type CopyStatus = { ok: boolean; text: string };

/**
 * Fill a prompt's variables and copy the result. Copying records a `copied`
 * reuse event for the user's team, so the library's owner and guild see
 * which prompts travel. The copy is made at once (the clipboard wants the
 * click's user gesture); the event waits for the user's teams if they are
 * still loading. Memoised: the card re-renders on every keystroke in its
 * filter, and multiline fields measure themselves on each render.
 */
export const PromptFillForm = memo(function PromptFillFormFields(props: {
  entityRef: string;
  prompt: PromptTemplate;
  /** Resolves to the team a copy is recorded for, once the teams are known. */
  recordingTeam: () => Promise<RecordingTeam>;
}) {
  const { entityRef, prompt, recordingTeam } = props;
  const api = useApi(marketplaceApiRef);
  const variables = prompt.variables ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [copying, setCopying] = useState(false);
  const [status, setStatus] = useState<CopyStatus>();
  const rendered = renderPrompt(prompt.template, variables, values);
  const missing = missingVariables(variables, values);

  const copy = async () => {
    setCopying(true);
    setStatus(undefined);
    try {
      try {
        await navigator.clipboard.writeText(rendered);
      } catch (e) {
        setStatus({
          ok: false,
          text: `Could not copy to the clipboard: ${(e as Error).message}`,
        });
        return;
      }
      // Shown while the teams load (if they still do) and the event is sent.
      setStatus({ ok: true, text: 'Copied. Recording the copy…' });
      const { team, reason } = await recordingTeam();
      if (!team) {
        setStatus({ ok: true, text: `Copied. Not recorded: ${reason}` });
        return;
      }
      try {
        await api.recordReuseEvent({
          id: newEventId(),
          entityRef,
          promptId: prompt.id,
          type: 'copied',
          team: team.ref,
        });
        setStatus({
          ok: true,
          text: `Copied, and recorded for ${team.title}.`,
        });
      } catch (e) {
        setStatus({
          ok: false,
          text: `Copied, but the copy was not recorded: ${
            (e as Error).message
          }`,
        });
      }
    } finally {
      setCopying(false);
    }
  };

  return (
    <div>
      <Typography variant="subtitle2" component="h5" gutterBottom>
        Fill in and copy
      </Typography>
      {variables.map(variable => (
        <TextField
          key={variable.name}
          id={`prompt-${prompt.id}-variable-${variable.name}`}
          label={variable.name}
          helperText={variable.description}
          placeholder={variable.default}
          value={values[variable.name] ?? ''}
          onChange={event =>
            setValues(previous => ({
              ...previous,
              [variable.name]: event.target.value,
            }))
          }
          variant="outlined"
          size="small"
          margin="dense"
          fullWidth
          multiline
          maxRows={6}
        />
      ))}
      <Box
        mt={1}
        aria-label={`Rendered prompt of ${prompt.title}`}
        role="region"
      >
        <PromptTemplateText template={rendered} />
      </Box>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        gridGap={8}
        mt={1}
      >
        <Button
          variant="contained"
          color="primary"
          startIcon={<FileCopyIcon />}
          onClick={copy}
          disabled={copying}
          aria-label={`Copy the rendered prompt of ${prompt.title}`}
        >
          Copy
        </Button>
        {missing.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            Still to fill: {missing.join(', ')}
          </Typography>
        )}
      </Box>
      {status?.ok && (
        <Typography variant="body2" role="status">
          {status.text}
        </Typography>
      )}
      {status && !status.ok && (
        <ErrorText role="alert">{status.text}</ErrorText>
      )}
    </div>
  );
});
