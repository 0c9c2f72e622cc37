// Orders: the municipality's (with cost centres) or, for a supplier, the orders it received
// (with the municipality that placed them).
import { useState } from 'react';
import { Anchor, Group, NativeSelect, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { ORDER_STATUSES, useOrders, type OrderStatus, type OrderSummary } from './api';
import { useOrderFormat } from './format';
import { OrderStatusBadge } from './OrderStatusBadge';

function OrderRow({ order, supplierSide }: { order: OrderSummary; supplierSide: boolean }) {
  const { t } = useTranslation();
  const fmt = useOrderFormat(order.currency);
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`/orders/${order.id}`}>
          {order.reference}
        </Anchor>
      </Table.Th>
      <Table.Td>{order.calloffTitle}</Table.Td>
      <Table.Td>{supplierSide ? order.municipality.name : order.supplier.name}</Table.Td>
      <Table.Td>{order.consultantName ?? order.establishmentName ?? ''}</Table.Td>
      <Table.Td>
        {fmt.money(order.unitPriceMinor)} {t(`orders.per.${order.unit}`, order.unit)}
      </Table.Td>
      <Table.Td>
        {fmt.date(order.startDate)} –{' '}
        {order.endDate ? fmt.date(order.endDate) : t('orders.openEnded')}
      </Table.Td>
      <Table.Td>
        {fmt.volume(order.expectedVolume)} {t(`orders.units.${order.unit}`, order.unit)}
      </Table.Td>
      {!supplierSide && <Table.Td>{order.costCentre ?? ''}</Table.Td>}
      <Table.Td>
        <OrderStatusBadge status={order.status} />
      </Table.Td>
      <Table.Td>{fmt.dateTime(order.createdAt)}</Table.Td>
    </Table.Tr>
  );
}

export function OrdersPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const supplierSide = activeMembership!.organisation.kind === 'supplier';
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const list = useOrders(orgId, { status: status || undefined });

  return (
    <Page
      title={t('orders.title')}
      description={supplierSide ? t('orders.introSupplier') : t('orders.intro')}
    >
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('orders.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as OrderStatus | '')}
          data={[
            { value: '', label: t('orders.filter.all') },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) })),
          ]}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('orders.empty')}>
          {supplierSide ? t('orders.emptyHintSupplier') : t('orders.emptyHint')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped>
            <Table.Caption>
              {supplierSide ? t('orders.captionSupplier') : t('orders.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orders.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('orders.fields.calloff')}</Table.Th>
                <Table.Th scope="col">
                  {supplierSide ? t('orders.fields.municipality') : t('orders.fields.supplier')}
                </Table.Th>
                <Table.Th scope="col">{t('orders.fields.deliveredBy')}</Table.Th>
                <Table.Th scope="col">{t('orders.fields.unitPriceMinor')}</Table.Th>
                <Table.Th scope="col">{t('orders.fields.period')}</Table.Th>
                <Table.Th scope="col">{t('orders.fields.expectedVolume')}</Table.Th>
                {!supplierSide && <Table.Th scope="col">{t('orders.fields.costCentre')}</Table.Th>}
                <Table.Th scope="col">{t('orders.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('orders.fields.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((order) => (
                <OrderRow key={order.id} order={order} supplierSide={supplierSide} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
