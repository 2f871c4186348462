import { useTheme } from '@material-ui/core/styles';

/**
 * Colours for recharts from the MUI theme, so a chart reads in the light and
 * the dark theme alike (recharts' defaults assume a white background).
 */
export function useChartColors() {
  const theme = useTheme();
  const { palette } = theme;
  return {
    primary: palette.primary.main,
    secondary: palette.secondary.main,
    reference: palette.text.secondary,
    grid: palette.divider,
    axis: palette.text.secondary,
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
