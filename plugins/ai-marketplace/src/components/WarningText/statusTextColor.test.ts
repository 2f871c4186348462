import {
  createTheme,
  getContrastRatio,
  getLuminance,
} from '@material-ui/core/styles';
import { statusTextColor } from './statusTextColor';

// Backstage's built-in themes: their paper colours, and MUI's own error,
// warning and success colours, which Backstage's palettes keep.
const backstageThemes = {
  light: createTheme({
    palette: { type: 'light', background: { paper: '#FFFFFF' } },
  }),
  dark: createTheme({
    palette: { type: 'dark', background: { paper: '#424242' } },
  }),
};

describe('statusTextColor', () => {
  it.each(['light', 'dark'] as const)(
    'reads at 4.5:1 or better on the paper of the %s theme',
    name => {
      const theme = backstageThemes[name];
      const ratios = (['error', 'warning', 'success'] as const).map(status =>
        getContrastRatio(
          statusTextColor(theme, status),
          theme.palette.background.paper,
        ),
      );
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps a status colour that already reads as it is', () => {
    // The warning orange passes on the dark theme's grey paper unchanged.
    const theme = backstageThemes.dark;
    expect(statusTextColor(theme, 'warning')).toBe(theme.palette.warning.main);
  });

  it('lightens on the dark theme and darkens on the light one', () => {
    const { light: lightTheme, dark: darkTheme } = backstageThemes;
    expect(getLuminance(statusTextColor(darkTheme, 'error'))).toBeGreaterThan(
      getLuminance(darkTheme.palette.error.main),
    );
    expect(getLuminance(statusTextColor(lightTheme, 'warning'))).toBeLessThan(
      getLuminance(lightTheme.palette.warning.main),
    );
  });
});
