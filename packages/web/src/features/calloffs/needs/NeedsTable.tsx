import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from '../../../components/DataTable';
import { useFormatters } from '../../../lib/format';
import { NeedStatusBadge } from './NeedStatusBadge';
import type { NeedSort, NeedSummary } from './api';

const openNeed = (need: NeedSummary) => `/needs/${need.id}`;

/**
 * A need's columns: its title (opening the need, or where `linkTo` says), kind, state, author and
 * last change. The needs page shows them in the DataTable, the home work lists in NeedsTable.
 */
export function useNeedColumns(
  linkTo: (need: NeedSummary) => string = openNeed,
): DataColumn<NeedSummary, NeedSort>[] {
  const { t } = useTranslation();
  const f = useFormatters();
  return [
    {
      key: 'title',
      title: t('needs.fields.title'),
      sort: 'title',
      rowHeader: true,
      render: (n) => (
        <Anchor component={Link} to={linkTo(n)}>
          {n.title}
        </Anchor>
      ),
    },
    { key: 'kind', title: t('needs.fields.kind'), render: (n) => t(`needs.kind.${n.kind}`) },
    {
      key: 'status',
      title: t('needs.fields.status'),
      sort: 'status',
      render: (n) => <NeedStatusBadge status={n.status} />,
    },
    { key: 'createdBy', title: t('needs.fields.createdBy'), render: (n) => n.createdBy.name },
    {
      key: 'updated',
      title: t('needs.fields.updated'),
      sort: 'updated',
      render: (n) => f.dateTime(n.updatedAt),
    },
  ];
}

/**
 * The first needs of a home work list, in full (the needs page pages and sorts them); the caption
 * names the list for screen readers.
 */
export function NeedsTable({
  caption,
  items,
  linkTo,
}: {
  caption: string;
  items: NeedSummary[];
  linkTo?: (need: NeedSummary) => string;
}) {
  const columns = useNeedColumns(linkTo);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((need) => (
            <Table.Tr key={need.id}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(need)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
