import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A palette with a darker shade 9, the text colour of light variants (Alert, Badge). */
function withDarkText(name: 'teal' | 'red' | 'orange', shade9: string): MantineColorsTuple {
  const colors = [...DEFAULT_THEME.colors[name]];
  colors[9] = shade9;
  return colors as unknown as MantineColorsTuple;
}

/** Calm blue, with shades dark enough for WCAG AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's teal-9 on teal-1 is 4.3:1, red-9 on red-1 4.5:1 and orange-9 on orange-1 3.4:1;
  // these reach 6:1. (A shade given with the colour, as in "orange.9", makes Mantine's light
  // variant paint that shade as the background, hiding an Alert's title: use the bare name.)
  colors: {
    teal: withDarkText('teal', '#066649'),
    red: withDarkText('red', '#a51d1d'),
    orange: withDarkText('orange', '#9a3412'),
  },
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Badge: {
      defaultProps: { tt: 'none', radius: 'sm', size: 'md' },
      // Role names are long ("Organisationsadministratör"); show them whole rather than cut off.
      styles: { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } },
    },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    Anchor: { defaultProps: { underline: 'always' } },
    Modal: { styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

/** Darker "dimmed", error and placeholder text than Mantine's defaults, for 4.5:1 contrast. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    // Hover on light/subtle variants stays at shade 1, where shade-9 text keeps 4.5:1.
    ...Object.fromEntries(
      Object.keys(t.colors).map((c) => [
        `--mantine-color-${c}-light-hover`,
        `var(--mantine-color-${c}-1)`,
      ]),
    ),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
