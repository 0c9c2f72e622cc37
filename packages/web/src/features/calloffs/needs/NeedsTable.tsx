import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { NeedStatusBadge } from './NeedStatusBadge';
import type { NeedSummary } from './api';

/**
 * Needs with their kind, state and author; the caption names the list for screen readers. A row
 * opens the need, or where `linkTo` says (the buyer's list opens the call-off start).
 */
export function NeedsTable({
  caption,
  items,
  linkTo = (n) => `/needs/${n.id}`,
}: {
  caption: string;
  items: NeedSummary[];
  linkTo?: (need: NeedSummary) => string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('needs.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('needs.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('needs.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('needs.fields.createdBy')}</Table.Th>
            <Table.Th scope="col">{t('needs.fields.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(n)}>
                  {n.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`needs.kind.${n.kind}`)}</Table.Td>
              <Table.Td>
                <NeedStatusBadge status={n.status} />
              </Table.Td>
              <Table.Td>{n.createdBy.name}</Table.Td>
              <Table.Td>{f.dateTime(n.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
