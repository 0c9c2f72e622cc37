// One order (avropsavtal): the parties, what is delivered at what price and when, the document to
// download and every extension and adjustment; the buyer extends, adjusts or ends it here.
import { useState, type ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { AdjustOrderDialog } from './AdjustOrderDialog';
import { orderPdfUrl, surveyOrderPdfUrl, useOrder, type OrderDetail } from './api';
import { useOrderFormat } from './format';
import { OrderStatusBadge } from './OrderStatusBadge';

function Facts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const fmt = useOrderFormat(order.currency);
  const unit = t(`orders.units.${order.unit}`, order.unit);
  const rows: [string, ReactNode][] = [
    [t('orders.fields.status'), <OrderStatusBadge key="s" status={order.status} />],
    [t('orders.fields.municipality'), order.municipality.name],
    [t('orders.fields.supplier'), order.supplier.name],
    [t('orders.fields.calloff'), order.calloffTitle],
    ...(order.service
      ? [[t('orders.fields.service'), order.service[fmt.locale]] as [string, string]]
      : []),
    ...(order.consultantName
      ? [[t('orders.fields.consultant'), order.consultantName] as [string, string]]
      : []),
    ...(order.establishmentName
      ? [[t('orders.fields.establishment'), order.establishmentName] as [string, string]]
      : []),
    [
      t('orders.fields.unitPriceMinor'),
      `${fmt.money(order.unitPriceMinor)} ${t(`orders.per.${order.unit}`, order.unit)}`,
    ],
    [t('orders.fields.startDate'), fmt.date(order.startDate)],
    [t('orders.fields.endDate'), order.endDate ? fmt.date(order.endDate) : t('orders.openEnded')],
    [t('orders.fields.expectedVolume'), `${fmt.volume(order.expectedVolume)} ${unit}`],
    [t('orders.fields.expectedTotal'), fmt.money(order.expectedTotalMinor)],
    ...(order.calloffId
      ? [[t('orders.fields.costCentre'), order.costCentre ?? '–'] as [string, string]]
      : []),
    [t('orders.fields.created'), fmt.dateTime(order.createdAt)],
  ];
  return (
    <Table withTableBorder maw={720}>
      <Table.Caption>{t('orders.detail.factsCaption')}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="40%">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function History({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const fmt = useOrderFormat(order.currency);
  return (
    <Stack component="section" gap="sm" aria-labelledby="order-history">
      <Title order={2} size="h3" id="order-history">
        {t('orders.detail.history')}
      </Title>
      {order.adjustments.length === 0 ? (
        <p>{t('orders.detail.noHistory')}</p>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <Table.Caption>{t('orders.detail.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orders.detail.when')}</Table.Th>
                <Table.Th scope="col">{t('orders.detail.kind')}</Table.Th>
                <Table.Th scope="col">{t('orders.detail.changes')}</Table.Th>
                <Table.Th scope="col">{t('orders.detail.reason')}</Table.Th>
                <Table.Th scope="col">{t('orders.detail.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.adjustments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{fmt.dateTime(a.madeAt)}</Table.Td>
                  <Table.Td>{t(`orders.kinds.${a.kind}`)}</Table.Td>
                  <Table.Td>
                    {a.changes.map((c) => (
                      <div key={c.field}>{fmt.change(c)}</div>
                    ))}
                  </Table.Td>
                  <Table.Td>{a.reason}</Table.Td>
                  <Table.Td>{a.madeBy.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function OrderDetailPage() {
  const { t, i18n } = useTranslation();
  const { orderId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const order = useOrder(orgId, orderId);
  const [adjusting, setAdjusting] = useState(false);
  const [saved, setSaved] = useState(false);

  if (order.isPending) return <Loading />;
  if (order.isError)
    return (
      <Page title={t('orders.detail.title')}>
        <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />
      </Page>
    );
  const o = order.data;
  const canManage = hasPermission(PERMISSIONS.ordersManage) && o.status === 'active';
  return (
    <Page
      title={t('orders.detail.titleWith', { reference: o.reference })}
      description={o.calloffTitle}
      actions={
        <Group gap="sm">
          <Anchor href={orderPdfUrl(orgId, o.id)} download>
            {t('orders.detail.pdf')}
          </Anchor>
          {o.referralId && (
            <>
              {/* An order from an offer survey has its contract after KL's standard contract and
                  its service specification (ydelsesspecifikation), in the reader's language. */}
              <Anchor href={surveyOrderPdfUrl(orgId, o.id, 'contract', i18n.language)} download>
                {t('orders.detail.contractPdf')}
              </Anchor>
              <Anchor
                href={surveyOrderPdfUrl(orgId, o.id, 'service-specification', i18n.language)}
                download
              >
                {t('orders.detail.specificationPdf')}
              </Anchor>
            </>
          )}
          {canManage && (
            <Button onClick={() => setAdjusting(true)}>{t('orders.adjust.open')}</Button>
          )}
        </Group>
      }
    >
      {saved && (
        <SuccessNotice message={t('orders.adjust.saved')} onClose={() => setSaved(false)} />
      )}
      {o.referralId && hasPermission(PERMISSIONS.matchingManage) && (
        <Anchor component={Link} to={`/matching/referrals/${o.referralId}`}>
          {t('orders.detail.referralLink')}
        </Anchor>
      )}
      {o.calloffId && (
        <Anchor component={Link} to={`/calloffs/${o.calloffId}`}>
          {t('orders.detail.calloffLink')}
        </Anchor>
      )}
      <Facts order={o} />
      <History order={o} />
      {adjusting && (
        <AdjustOrderDialog
          orgId={orgId}
          order={o}
          onClose={() => setAdjusting(false)}
          onSaved={() => {
            setAdjusting(false);
            setSaved(true);
          }}
        />
      )}
    </Page>
  );
}
