import { listTemplateVariables } from '@ai-marketplace/plugin-ai-marketplace-common';
import { alpha, makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  template: {
    margin: 0,
    padding: theme.spacing(1.5),
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    backgroundColor: theme.palette.background.default,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  variable: {
    color: theme.palette.text.primary,
    fontWeight: 'bold',
    backgroundColor: alpha(theme.palette.primary.main, 0.18),
    borderRadius: 2,
  },
}));

// Splits out anything in double braces (at odd indexes of the result);
// listTemplateVariables then decides which of those is a variable.
const BRACED = /(\{\{[^{}]*\}\})/;

/**
 * A prompt template as written, newlines kept, with each `{{variable}}`
 * highlighted so the reader sees at a glance what they must fill in.
 */
export function PromptTemplateText(props: { template: string }) {
  const classes = useStyles();
  const pieces = props.template.split(BRACED);
  return (
    <pre className={classes.template}>
      {pieces.map((piece, i) =>
        i % 2 === 1 && listTemplateVariables(piece).length === 1 ? (
          <mark key={i} className={classes.variable}>
            {piece}
          </mark>
        ) : (
          piece
        ),
      )}
    </pre>
  );
}
