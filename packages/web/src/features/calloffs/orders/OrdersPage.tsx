// Orders: the municipality's (with cost centres) or, for a supplier, the orders it received
// (with the municipality that placed them).
import { useState } from 'react';
import { Anchor, Group, NativeSelect, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import {
  DRILL_DOWN_FILTERS,
  ORDER_PAGE_DEFAULTS,
  ORDER_SORTS,
  ORDER_STATUSES,
  useOrders,
  type OrderFilter,
  type OrderSort,
  type OrderStatus,
  type OrderSummary,
} from './api';
import { useOrderFormat } from './format';
import { OrderStatusBadge } from './OrderStatusBadge';

/** The cells written in the order's currency and the reader's language. */
function Formatted({
  order,
  show,
}: {
  order: OrderSummary;
  show: 'price' | 'period' | 'volume' | 'created';
}) {
  const { t } = useTranslation();
  const fmt = useOrderFormat(order.currency);
  switch (show) {
    case 'price':
      return `${fmt.money(order.unitPriceMinor)} ${t(`orders.per.${order.unit}`, order.unit)}`;
    case 'period':
      return `${fmt.date(order.startDate)} – ${order.endDate ? fmt.date(order.endDate) : t('orders.openEnded')}`;
    case 'volume':
      return `${fmt.volume(order.expectedVolume)} ${t(`orders.units.${order.unit}`, order.unit)}`;
    case 'created':
      return fmt.dateTime(order.createdAt);
  }
}

export function OrdersPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const supplierSide = activeMembership!.organisation.kind === 'supplier';
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const page = usePageState(ORDER_SORTS, ORDER_PAGE_DEFAULTS);
  // A figure in insights links here with the filters of the orders behind it.
  const [search] = useSearchParams();
  const drillDown = Object.fromEntries(
    DRILL_DOWN_FILTERS.flatMap((name) => (search.get(name) ? [[name, search.get(name)]] : [])),
  ) as OrderFilter;
  const list = useOrders(orgId, { status: status || undefined, ...drillDown }, page);
  const columns: DataColumn<OrderSummary, OrderSort>[] = [
    {
      key: 'reference',
      title: t('orders.fields.reference'),
      sort: 'reference',
      rowHeader: true,
      render: (order) => (
        <Anchor component={Link} to={`/orders/${order.id}`}>
          {order.reference}
        </Anchor>
      ),
    },
    { key: 'calloff', title: t('orders.fields.calloff'), render: (order) => order.calloffTitle },
    {
      key: 'counterpart',
      title: supplierSide ? t('orders.fields.municipality') : t('orders.fields.supplier'),
      sort: 'counterpart',
      render: (order) => (supplierSide ? order.municipality.name : order.supplier.name),
    },
    {
      key: 'deliveredBy',
      title: t('orders.fields.deliveredBy'),
      render: (order) => order.consultantName ?? order.establishmentName ?? '',
    },
    {
      key: 'price',
      title: t('orders.fields.unitPriceMinor'),
      render: (order) => <Formatted order={order} show="price" />,
    },
    {
      key: 'period',
      title: t('orders.fields.period'),
      sort: 'start',
      render: (order) => <Formatted order={order} show="period" />,
    },
    {
      key: 'volume',
      title: t('orders.fields.expectedVolume'),
      render: (order) => <Formatted order={order} show="volume" />,
    },
    ...(supplierSide
      ? []
      : [
          {
            key: 'costCentre',
            title: t('orders.fields.costCentre'),
            render: (order: OrderSummary) => order.costCentre ?? '',
          },
        ]),
    {
      key: 'status',
      title: t('orders.fields.status'),
      sort: 'status',
      render: (order) => <OrderStatusBadge status={order.status} />,
    },
    {
      key: 'created',
      title: t('orders.fields.created'),
      sort: 'created',
      render: (order) => <Formatted order={order} show="created" />,
    },
  ];

  return (
    <Page
      title={t('orders.title')}
      description={supplierSide ? t('orders.introSupplier') : t('orders.intro')}
    >
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('orders.filter.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as OrderStatus | '');
            page.setPage(1);
          }}
          data={[
            { value: '', label: t('orders.filter.all') },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) })),
          ]}
        />
      </Group>
      {Object.keys(drillDown).length > 0 && (
        <Group gap="sm">
          <Text fw={500}>{t('orders.filter.drillDown')}</Text>
          <Anchor component={Link} to="/orders">
            {t('orders.filter.showAll')}
          </Anchor>
        </Group>
      )}
      <DataTable
        caption={supplierSide ? t('orders.captionSupplier') : t('orders.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(order) => order.id}
        empty={t('orders.empty')}
        emptyHint={supplierSide ? t('orders.emptyHintSupplier') : t('orders.emptyHint')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/orders/export`}
            params={{ status: status || undefined, ...page.params }}
          />
        }
        minWidth={900}
      />
    </Page>
  );
}
