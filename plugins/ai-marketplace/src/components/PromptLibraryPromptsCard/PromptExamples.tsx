import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { PromptExample } from '@ai-marketplace/plugin-ai-marketplace-common';
import { SubField } from '../Field';

const useStyles = makeStyles(theme => ({
  output: {
    margin: 0,
    padding: theme.spacing(1),
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    borderLeft: `3px solid ${theme.palette.divider}`,
  },
}));

/** Worked examples of a prompt: the values filled in, and what came back. */
export function PromptExamples(props: { examples: PromptExample[] }) {
  const classes = useStyles();
  return (
    <>
      {props.examples.map((example, i) => (
        <Box key={i} mb={2}>
          <Typography variant="subtitle2" component="h5">
            Example {i + 1}
          </Typography>
          {Object.entries(example.input).map(([name, value]) => (
            <SubField key={name} label={name}>
              {String(value)}
            </SubField>
          ))}
          <SubField label="Output">
            {example.output !== undefined && (
              <pre className={classes.output}>{example.output}</pre>
            )}
          </SubField>
        </Box>
      ))}
    </>
  );
}
