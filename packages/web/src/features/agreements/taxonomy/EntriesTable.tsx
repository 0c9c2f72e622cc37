import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import { currentLocale } from '../../../i18n';
import type { Category, TargetGroup } from './api';

interface Props<Entry extends TargetGroup> {
  caption: string;
  entries: Entry[];
  /** Categories show their service kind and unit; target groups only code and name. */
  withKind: boolean;
  onRename: (entry: Entry) => void;
  onRetire: (entry: Entry) => void;
}

export function EntriesTable<Entry extends TargetGroup>({
  caption,
  entries,
  withKind,
  onRename,
  onRetire,
}: Props<Entry>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('taxonomy.name')}</Table.Th>
            <Table.Th scope="col">{t('taxonomy.code')}</Table.Th>
            {withKind && <Table.Th scope="col">{t('taxonomy.serviceKind')}</Table.Th>}
            {withKind && <Table.Th scope="col">{t('taxonomy.unit')}</Table.Th>}
            <Table.Th scope="col">{t('taxonomy.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const category = entry as unknown as Category;
            const name = entry.names[locale];
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {entry.code}
                  </Text>
                </Table.Td>
                {withKind && (
                  <Table.Td>
                    <Text size="sm">{t(`taxonomy.kinds.${category.serviceKind}`)}</Text>
                  </Table.Td>
                )}
                {withKind && (
                  <Table.Td>
                    <Text size="sm">{t(`taxonomy.units.${category.defaultUnit}`)}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  {entry.retiredAt ? (
                    <StatusBadge tone="neutral">{t('taxonomy.retired')}</StatusBadge>
                  ) : (
                    <StatusBadge tone="positive">{t('taxonomy.inUse')}</StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
