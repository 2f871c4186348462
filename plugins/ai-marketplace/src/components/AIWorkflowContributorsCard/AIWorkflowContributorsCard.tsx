import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AI_WORKFLOW_REF_KINDS,
  AIWorkflowEntityV1alpha1,
  ContributionRole,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { isSameSpecRef } from '../../lib/refs';
import { KindMismatch } from '../KindMismatch';
import { SpecRefLink } from '../SpecRefLink';

const TITLE = 'Contributors';

const ROLE_WORDS: Record<ContributionRole, string> = {
  data: 'Provided the data',
  sme: 'Subject-matter expertise',
  testing: 'Tested it',
  build: 'Built it',
  operations: 'Runs it day to day',
};

interface Row {
  team: string;
  contribution: string;
  note?: string;
  isOwner: boolean;
}

/**
 * The contribution log with the owning team first: the owner's own entries,
 * or a "leads the outcome" line when the log does not mention it.
 */
function creditRows(entity: AIWorkflowEntityV1alpha1): Row[] {
  const { owner, contributors = [] } = entity.spec;
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const rows = contributors.map(
    (c): Row => ({
      team: c.team,
      contribution: ROLE_WORDS[c.role] ?? c.role,
      note: c.note,
      isOwner: isSameSpecRef(
        c.team,
        owner,
        AI_WORKFLOW_REF_KINDS['contributors.team'][0],
        namespace,
      ),
    }),
  );
  const ownerRows = rows.filter(row => row.isOwner);
  const otherRows = rows.filter(row => !row.isOwner);
  if (ownerRows.length === 0) {
    ownerRows.push({
      team: owner,
      contribution: 'Leads the outcome',
      isOwner: true,
    });
  }
  return [...ownerRows, ...otherRows];
}

/** Who helped build and run an AI workflow, and how; the owner first. */
export function AIWorkflowContributorsCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }

  return (
    <EntityInfoCard title={TITLE}>
      <Table size="small" aria-label="Contribution log">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell>Contribution</TableCell>
            <TableCell>Note</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {creditRows(entity).map((row, i) => (
            <TableRow key={`${i}.${row.team}`}>
              <TableCell>
                <SpecRefLink
                  entityRef={row.team}
                  defaultKind={AI_WORKFLOW_REF_KINDS['contributors.team'][0]}
                />{' '}
                {row.isOwner && <Chip size="small" label="owner" />}
              </TableCell>
              <TableCell>{row.contribution}</TableCell>
              <TableCell>{row.note}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </EntityInfoCard>
  );
}
