import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { StatusBadge } from '../../../components/StatusBadge';
import { currentLocale } from '../../../i18n';
import { pageLocally, usePageState } from '../../../lib/paging';
import type { Category, TargetGroup } from './api';

type EntrySort = 'name' | 'code';
const SORTS: readonly EntrySort[] = ['name', 'code'];

interface Props<Entry extends TargetGroup> {
  caption: string;
  /** The whole list: the same answer feeds every picker, so it is sorted and paged here. */
  entries: Entry[];
  /** Keeps this list's page and sort in the address apart from the other list's. */
  prefix: string;
  empty: string;
  /** Categories show their service kind and unit; target groups only code and name. */
  withKind: boolean;
  onRename: (entry: Entry) => void;
  onRetire: (entry: Entry) => void;
}

export function EntriesTable<Entry extends TargetGroup>({
  caption,
  entries,
  prefix,
  empty,
  withKind,
  onRename,
  onRetire,
}: Props<Entry>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const state = usePageState(SORTS, { sort: 'name', order: 'asc' }, { prefix });
  const { rows, total } = pageLocally(entries, state, {
    name: (a, b) => a.names[locale].localeCompare(b.names[locale], locale),
    code: (a, b) => a.code.localeCompare(b.code),
  });
  const kindColumns: DataColumn<Entry, EntrySort>[] = withKind
    ? [
        {
          key: 'serviceKind',
          title: t('taxonomy.serviceKind'),
          render: (entry) => t(`taxonomy.kinds.${(entry as unknown as Category).serviceKind}`),
        },
        {
          key: 'unit',
          title: t('taxonomy.unit'),
          render: (entry) => t(`taxonomy.units.${(entry as unknown as Category).defaultUnit}`),
        },
      ]
    : [];
  const columns: DataColumn<Entry, EntrySort>[] = [
    {
      key: 'name',
      title: t('taxonomy.name'),
      sort: 'name',
      rowHeader: true,
      render: (entry) => entry.names[locale],
    },
    {
      key: 'code',
      title: t('taxonomy.code'),
      sort: 'code',
      render: (entry) => (
        <Text size="sm" ff="monospace">
          {entry.code}
        </Text>
      ),
    },
    ...kindColumns,
    {
      key: 'status',
      title: t('taxonomy.status'),
      render: (entry) =>
        entry.retiredAt ? (
          <StatusBadge tone="neutral">{t('taxonomy.retired')}</StatusBadge>
        ) : (
          <StatusBadge tone="positive">{t('taxonomy.inUse')}</StatusBadge>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (entry) => {
        const name = entry.names[locale];
        return (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => onRename(entry)}
              aria-label={t('taxonomy.renameFor', { name })}
            >
              {t('taxonomy.rename')}
            </Button>
            {!entry.retiredAt && (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => onRetire(entry)}
                aria-label={t('taxonomy.retireFor', { name })}
              >
                {t('taxonomy.retire')}
              </Button>
            )}
          </Group>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={{ data: { items: rows, total }, isPending: false, error: null }}
      state={state}
      rowKey={(entry) => entry.id}
      empty={empty}
      minWidth={720}
    />
  );
}
