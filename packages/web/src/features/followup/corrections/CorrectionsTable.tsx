import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { CorrectionSummary } from './api';
import { CorrectionStateBadge } from './CorrectionStateBadge';

/** Requests for correction, each linking to its page; officers see the supplier, suppliers the body. */
export function CorrectionsTable(props: {
  items: CorrectionSummary[];
  basePath: string;
  counterpart: 'supplier' | 'body';
}) {
  const { items, basePath, counterpart } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t('corrections.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`corrections.columns.${counterpart}`)}</Table.Th>
            <Table.Th scope="col">{t('corrections.columns.agreement')}</Table.Th>
            <Table.Th scope="col">{t('corrections.columns.sentOn')}</Table.Th>
            <Table.Th scope="col">{t('corrections.columns.deadline')}</Table.Th>
            <Table.Th scope="col">{t('corrections.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`${basePath}/${item.id}`}>
                  {counterpart === 'supplier' ? item.supplier.name : item.body.name}
                </Anchor>
                {item.establishment && (
                  <Text size="xs" c="dimmed">
                    {item.establishment.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.agreement.reference}</Table.Td>
              <Table.Td>{f.date(item.sentOn)}</Table.Td>
              <Table.Td>{f.date(item.deadline)}</Table.Td>
              <Table.Td>
                <CorrectionStateBadge state={item.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
