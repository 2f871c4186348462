import { alpha, useTheme } from '@material-ui/core/styles';

/**
 * Colours for recharts from the MUI theme, so a chart reads in the light and
 * the dark theme alike (recharts' defaults assume a white background).
 */
export function useChartColors() {
  const theme = useTheme();
  const { palette } = theme;
  return {
    primary: palette.primary.main,
    /**
     * The primary colour, faded: a total drawn behind the part of it in
     * `primary`. The theme's light and dark shades are too close to tell
     * apart in Backstage's dark theme.
     */
    primaryMuted: alpha(palette.primary.main, 0.4),
    secondary: palette.secondary.main,
    reference: palette.text.secondary,
    grid: palette.divider,
    axis: palette.text.secondary,
    /** Legend and other chart text. */
    label: palette.text.primary,
    tick: { fill: palette.text.secondary, fontSize: 12 },
    tooltip: {
      contentStyle: {
        backgroundColor: palette.background.paper,
        border: `1px solid ${palette.divider}`,
        color: palette.text.primary,
      },
      labelStyle: { color: palette.text.primary },
      itemStyle: { color: palette.text.primary },
    },
  };
}
