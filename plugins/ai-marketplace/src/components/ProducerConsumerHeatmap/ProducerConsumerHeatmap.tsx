import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { TeamFlow } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { loadedOrStateCard } from '../AsyncInfoCard';
import { InsightsQuery } from '../../hooks/useInsightsFilters';

const TITLE = 'Who reuses whose work';
/** The most flows the backend returns (its own cap). */
const MATRIX_LIMIT = 1000;

const useStyles = makeStyles(theme => ({
  scroll: { overflowX: 'auto' },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 2,
    fontSize: theme.typography.body2.fontSize,
  },
  corner: {
    textAlign: 'left',
    color: theme.palette.text.secondary,
    fontWeight: 'normal',
    padding: theme.spacing(0.5, 1),
  },
  // Team names read bottom-up, so eight or more columns fit a half-width card.
  columnHeader: {
    color: theme.palette.text.primary,
    padding: theme.spacing(0.5),
    fontWeight: 'bold',
    verticalAlign: 'bottom',
    whiteSpace: 'nowrap',
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    textAlign: 'left',
  },
  rowHeader: {
    textAlign: 'right',
    color: theme.palette.text.primary,
    padding: theme.spacing(0.5, 0.5),
    whiteSpace: 'nowrap',
  },
  cell: {
    minWidth: 40,
    height: 36,
    textAlign: 'center',
    borderRadius: theme.shape.borderRadius,
  },
  ownTeam: {
    background: theme.palette.action.hover,
    color: theme.palette.text.disabled,
  },
}));

/** Teams by their total events, most first (then by name, for a stable grid). */
function teamsBy(
  cells: TeamFlow[],
  pick: (cell: TeamFlow) => string,
  labelOf: (ref: string) => string,
): string[] {
  const totals = new Map<string, number>();
  for (const cell of cells) {
    totals.set(pick(cell), (totals.get(pick(cell)) ?? 0) + cell.events);
  }
  return [...totals.keys()].sort(
    (a, b) =>
      totals.get(b)! - totals.get(a)! || labelOf(a).localeCompare(labelOf(b)),
  );
}

/**
 * The producer × consumer team matrix as a heatmap: a row per team whose
 * assets were used, a column per team that used them, one cell per pair,
 * darker with more events. A team's use of its own assets is not reuse and
 * its cell is left blank.
 */
export function ProducerConsumerHeatmap(props: {
  query: InsightsQuery;
  labelOf: (groupRef: string) => string;
}) {
  const { query, labelOf } = props;
  const classes = useStyles();
  const theme = useTheme();
  const api = useApi(marketplaceApiRef);
  const state = useAsync(
    () => api.getKpi('reuse-matrix', { ...query, limit: MATRIX_LIMIT }),
    [api, query],
  );

  const loaded = loadedOrStateCard({
    title: TITLE,
    state,
    errorTitle: 'Could not load the reuse matrix',
    empty: matrix =>
      matrix.cells.length === 0
        ? {
            title: 'No cross-team reuse in this window',
            description:
              "No team used another team's AI assets with these filters. Reuse appears here as teams view, copy, adopt, fork or invoke each other's work.",
          }
        : undefined,
  });
  if ('card' in loaded) {
    return loaded.card;
  }
  const { value } = loaded;

  const producers = teamsBy(value.cells, cell => cell.producerRef, labelOf);
  const consumers = teamsBy(value.cells, cell => cell.consumerRef, labelOf);
  const flows = new Map(
    value.cells.map(cell => [`${cell.producerRef}|${cell.consumerRef}`, cell]),
  );
  const maxEvents = Math.max(...value.cells.map(cell => cell.events));
  const partial = value.totals.cells > value.cells.length;

  return (
    <InfoCard
      title={TITLE}
      subheader="Rows: the team whose assets were used. Columns: the team that used them. Cells: reuse events."
    >
      <div className={classes.scroll}>
        <table
          className={classes.table}
          aria-label="Reuse events by producing and consuming team"
        >
          <thead>
            <tr>
              <th scope="col" className={classes.corner}>
                Producer ↓ · Consumer →
              </th>
              {consumers.map(consumer => (
                <th key={consumer} scope="col" className={classes.columnHeader}>
                  {labelOf(consumer)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {producers.map(producer => (
              <tr key={producer}>
                <th scope="row" className={classes.rowHeader}>
                  {labelOf(producer)}
                </th>
                {consumers.map(consumer => {
                  const key = `${producer}|${consumer}`;
                  if (producer === consumer) {
                    return (
                      <td
                        key={key}
                        className={`${classes.cell} ${classes.ownTeam}`}
                        aria-label={`${labelOf(
                          producer,
                        )}: own assets, not counted`}
                      >
                        –
                      </td>
                    );
                  }
                  const flow = flows.get(key);
                  const events = flow?.events ?? 0;
                  const intensity = events / maxEvents;
                  const description = flow
                    ? `${labelOf(consumer)} used ${flow.assets} ${
                        flow.assets === 1 ? 'asset' : 'assets'
                      } of ${labelOf(producer)}: ${events} events`
                    : `${labelOf(consumer)} did not use ${labelOf(
                        producer,
                      )}'s assets`;
                  return (
                    <td
                      key={key}
                      className={classes.cell}
                      title={description}
                      aria-label={description}
                      style={
                        events > 0
                          ? {
                              background: alpha(
                                theme.palette.primary.main,
                                0.15 + 0.85 * intensity,
                              ),
                              color:
                                intensity > 0.5
                                  ? theme.palette.getContrastText(
                                      theme.palette.primary.main,
                                    )
                                  : theme.palette.text.primary,
                            }
                          : { border: `1px solid ${theme.palette.divider}` }
                      }
                    >
                      {events > 0 ? events : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Typography variant="caption" color="textSecondary" component="p">
        {value.totals.crossTeamEvents} of {value.totals.events} events in scope
        were one team using another's assets.
        {partial &&
          ` Showing the ${value.cells.length} busiest of ${value.totals.cells} team pairs.`}
      </Typography>
    </InfoCard>
  );
}
