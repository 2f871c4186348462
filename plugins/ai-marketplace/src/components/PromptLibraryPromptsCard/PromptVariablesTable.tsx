import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { PromptVariable } from '@ai-marketplace/plugin-ai-marketplace-common';
import { NotDeclared } from '../Field';

/**
 * "required", "optional" or 'optional, defaults to "x"'. A variable is
 * required unless it says otherwise or has a default to fall back on.
 */
function requirement(variable: PromptVariable): string {
  const required = variable.required ?? variable.default === undefined;
  const base = required ? 'required' : 'optional';
  return variable.default === undefined
    ? base
    : `${base}, defaults to "${variable.default}"`;
}

/** What a reader must fill in to use a prompt. */
export function PromptVariablesTable(props: {
  promptTitle: string;
  variables: PromptVariable[];
}) {
  const { promptTitle, variables } = props;
  if (variables.length === 0) {
    return (
      <Typography variant="body2">This prompt takes no variables.</Typography>
    );
  }
  return (
    <Table size="small" aria-label={`Variables of ${promptTitle}`}>
      <TableHead>
        <TableRow>
          <TableCell>Variable</TableCell>
          <TableCell>Description</TableCell>
          <TableCell>Required / default</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {variables.map(variable => (
          <TableRow key={variable.name}>
            <TableCell>
              <code>{variable.name}</code>
            </TableCell>
            <TableCell>{variable.description ?? <NotDeclared />}</TableCell>
            <TableCell>{requirement(variable)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
