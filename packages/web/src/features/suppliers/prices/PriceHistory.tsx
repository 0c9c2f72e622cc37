import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import type { PageState } from '../../../lib/paging';
import { StatusBadge } from '../../../components/StatusBadge';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import type { Price, PriceSort } from './api';

/**
 * The price history a page at a time: by default each category's prices together, newest first,
 * with the price in force today marked.
 */
export function PriceHistory({
  list,
  page,
}: {
  list: ListSource<Price>;
  page: PageState<PriceSort>;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const columns: DataColumn<Price, PriceSort>[] = [
    {
      key: 'category',
      title: t('prices.category'),
      sort: 'category',
      rowHeader: true,
      render: (p) => (
        <>
          {p.categoryName[f.locale]} ({p.organisationName})
          {p.establishmentName && (
            <Text size="xs" c="dimmed">
              {p.establishmentName}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'amount',
      title: t('prices.amount'),
      render: (p) => (
        <>
          <Text span fw={p.inForce ? 700 : undefined}>
            {money(p.amountMinor, p.currency)} / {t(`prices.unit.${p.unit}`)}
          </Text>
          {p.agreementReference && (
            <Text size="xs" c="dimmed">
              {t('prices.underAgreement', { reference: p.agreementReference })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'validity',
      title: t('prices.validity'),
      sort: 'validFrom',
      render: (p) => `${f.date(p.validFrom)} – ${p.validTo ? f.date(p.validTo) : ''}`,
    },
    {
      key: 'status',
      title: t('prices.statusLabel'),
      render: (p) => (
        <>
          {p.inForce ? (
            <StatusBadge tone="positive">{t('prices.inForce')}</StatusBadge>
          ) : p.status === 'proposed' ? (
            <StatusBadge tone="waiting">{t('prices.status.proposed')}</StatusBadge>
          ) : (
            <StatusBadge tone="neutral">{t('prices.status.agreed')}</StatusBadge>
          )}
          {p.note && (
            <Text size="xs" c="dimmed">
              {p.note}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'negotiated',
      title: t('prices.negotiated'),
      sort: 'created',
      render: (p) => (
        <>
          {p.negotiatedOn ? f.date(p.negotiatedOn) : '–'}
          {p.negotiatedBy && (
            <Text size="xs" c="dimmed">
              {p.negotiatedBy.name}
            </Text>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('prices.caption')}
      columns={columns}
      list={list}
      state={page}
      rowKey={(p) => p.id}
      empty={t('prices.none')}
      minWidth={860}
    />
  );
}
