import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import {
  INSIGHTS_WINDOWS,
  InsightsFilterName,
  InsightsFilters,
} from '../../hooks/useInsightsFilters';
import { CatalogGroup, groupKey } from '../../hooks/useCatalogGroups';

export interface DashboardFiltersProps {
  filters: InsightsFilters;
  onChange: (name: InsightsFilterName, value: string | undefined) => void;
  onClear: () => void;
  teams: CatalogGroup[];
  guilds: CatalogGroup[];
  /** Business function slugs of the catalog's AI assets. */
  functions: string[];
}

const ALL = '';

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<{ value: string; label: string }>;
}) {
  const { id, label, value, onChange, options } = props;
  return (
    <TextField
      id={id}
      select
      fullWidth
      variant="outlined"
      size="small"
      label={label}
      value={value}
      onChange={event => onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

/** With a value the options lack (a shared URL), keeps it selectable. */
function withCurrent(
  options: Array<{ value: string; label: string }>,
  current: string | undefined,
) {
  if (!current || options.some(option => option.value === current)) {
    return options;
  }
  return [...options, { value: current, label: current }];
}

/**
 * The dashboard's filters: the window, and the function, team and guild the
 * KPIs are narrowed to. Native selects, so they work with a keyboard and a
 * screen reader as any form does.
 */
export function DashboardFilters(props: DashboardFiltersProps) {
  const { filters, onChange, onClear, teams, guilds, functions } = props;
  const teamValue = filters.team ? groupKey(filters.team) : ALL;
  const guildValue = filters.guild ? groupKey(filters.guild) : ALL;
  const filtered = Boolean(filters.team || filters.guild || filters.function);

  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} sm={6} md={2}>
        <FilterSelect
          id="insights-window"
          label="Window"
          value={String(filters.days)}
          onChange={value => onChange('window', value)}
          options={INSIGHTS_WINDOWS.map(days => ({
            value: String(days),
            label: `Last ${days} days`,
          }))}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <FilterSelect
          id="insights-function"
          label="Business function"
          value={filters.function ?? ALL}
          onChange={value => onChange('function', value || undefined)}
          options={withCurrent(
            [
              { value: ALL, label: 'All functions' },
              ...functions.map(fn => ({ value: fn, label: fn })),
            ],
            filters.function,
          )}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <FilterSelect
          id="insights-team"
          label="Team"
          value={teamValue}
          onChange={value => onChange('team', value || undefined)}
          options={withCurrent(
            [
              { value: ALL, label: 'All teams' },
              ...teams.map(team => ({ value: team.ref, label: team.label })),
            ],
            filters.team && teamValue,
          )}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <FilterSelect
          id="insights-guild"
          label="Guild"
          value={guildValue}
          onChange={value => onChange('guild', value || undefined)}
          options={withCurrent(
            [
              { value: ALL, label: 'All guilds' },
              ...guilds.map(guild => ({
                value: guild.ref,
                label: guild.label,
              })),
            ],
            filters.guild && guildValue,
          )}
        />
      </Grid>
      <Grid item xs={12} md={1}>
        <Button size="small" onClick={onClear} disabled={!filtered}>
          Clear
        </Button>
      </Grid>
    </Grid>
  );
}
