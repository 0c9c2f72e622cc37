// Downloads a list as CSV or XLSX with the filters and sort shown on screen: real links to the
// list's export route, so the browser saves the streamed file however long the list.
import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type ExportParams = Record<string, string | number | boolean | null | undefined>;

/** The address of a list's download: its filters and sort (never the page) and the format. */
export function exportHref(path: string, params: ExportParams, format: 'csv' | 'xlsx') {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'limit' || key === 'offset') continue;
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  search.set('format', format);
  return `${path}?${search.toString()}`;
}

export function ExportLinks({ path, params }: { path: string; params: ExportParams }) {
  const { t } = useTranslation();
  const label = useId();
  return (
    <Group gap="xs" role="group" aria-labelledby={label}>
      <Text id={label} size="sm">
        {t('export.download')}
      </Text>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportHref(path, params, format)}
          download
          variant="default"
          size="xs"
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
