import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Calm blue, with shades dark enough for WCAG AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'blue',
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
      Object.keys(t.colors).map((c) => [`--mantine-color-${c}-light-hover`, `var(--mantine-color-${c}-1)`]),
    ),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
