import {
  darken,
  getContrastRatio,
  lighten,
  Theme,
} from '@material-ui/core/styles';

/** WCAG AA contrast for body text. */
const MIN_CONTRAST = 4.5;

/**
 * A status colour for text (and outlined badges) on the theme's paper: the
 * palette's main shade, lightened in the dark theme and darkened in the light
 * one just enough to reach a 4.5:1 contrast. As they come, orange and green
 * are too pale on white and red too dark on the dark theme's grey.
 */
export function statusTextColor(
  theme: Theme,
  status: 'error' | 'warning' | 'success',
): string {
  const { main } = theme.palette[status];
  const paper = theme.palette.background.paper;
  const shift = theme.palette.type === 'dark' ? lighten : darken;
  for (let step = 0; step <= 10; step++) {
    const colour = step === 0 ? main : shift(main, step / 10);
    if (getContrastRatio(colour, paper) >= MIN_CONTRAST) {
      return colour;
    }
  }
  return theme.palette.text.primary;
}
