import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGAL_BASES } from '@tildel/domain/matching/legal-basis';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { sortsOf, usePageState } from '../../../lib/paging';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { PERMISSIONS } from '../../../lib/types';
import { useOffers, type Offer, type OfferSort } from './api';
import { ConfirmOffersButton } from './ConfirmOffersButton';
import { FreshnessText } from './FreshnessText';
import { OfferDialog } from './OfferDialog';
import { OfferImport } from './OfferImport';
import { TariffDialog } from './TariffDialog';
import { AssessmentDialog } from './AssessmentDialog';

const SORTS = sortsOf<OfferSort>({ name: true, confirmedAt: true });
const APPROVAL_TONE = {
  approved: 'positive',
  pending: 'waiting',
  not_approved: 'negative',
} as const;

/** The supplier's offers as matching teams see them, with how fresh each is. */
export function OffersPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const groupName = useTargetGroupLabel();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.supplierProfileManage);
  const state = usePageState(SORTS, { sort: 'name', order: 'asc' });
  const offers = useOffers(orgId, state);
  const [editing, setEditing] = useState<Offer | null>(null);
  const [pricing, setPricing] = useState<Offer | null>(null);
  const [assessing, setAssessing] = useState<Offer | null>(null);
  const [importing, setImporting] = useState(false);

  const columns: DataColumn<Offer, OfferSort>[] = [
    {
      key: 'name',
      title: t('offers.columns.offer'),
      sort: 'name',
      rowHeader: true,
      render: (o) => (
        <>
          <Text fw={600} size="sm">
            {o.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`offers.forms.${o.form}`)}
            {o.legalBases.length > 0 &&
              ` · ${o.legalBases.map((b) => LEGAL_BASES.find((l) => l.code === b)?.names[f.locale] ?? b).join(', ')}`}
          </Text>
          <Text size="xs" c="dimmed">
            {o.targetGroups.map(groupName).join(', ')}
          </Text>
        </>
      ),
    },
    {
      key: 'capacity',
      title: t('offers.columns.capacity'),
      render: (o) => (
        <>
          <Text size="sm">
            {t('offers.placesValue', { free: o.placesFree, total: o.placesTotal })}
          </Text>
          {o.nextFreeOn && (
            <Text size="xs" c="dimmed">
              {t('offers.nextFree', { date: f.date(o.nextFreeOn) })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'tariffs',
      title: t('offers.columns.tariffs'),
      render: (o) => {
        const current = o.tariffs.filter((x) => x.inForce);
        return current.length === 0 ? (
          <Text size="sm">{t('offers.noTariff')}</Text>
        ) : (
          <Stack gap={2}>
            {current.map((x) => (
              <Text key={x.id} size="sm">
                {t('offers.tariffValue', {
                  price: money(x.amountMinor, x.currency),
                  unit: t(`offers.units.${x.unit}`),
                  date: f.date(x.validFrom),
                })}
              </Text>
            ))}
          </Stack>
        );
      },
    },
    {
      key: 'approval',
      title: t('offers.columns.approval'),
      render: (o) => (
        <>
          <StatusBadge tone={APPROVAL_TONE[o.approval.status]}>
            {t(`offers.approval.${o.approval.status}`)}
          </StatusBadge>
          {o.assessment && (
            <Text size="xs" c="dimmed">
              {t('offers.assessed', {
                date: f.date(o.assessment.assessedOn),
                scores: Object.values(o.assessment.scores).join(' · '),
              })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'confirmedAt',
      title: t('offers.columns.freshness'),
      sort: 'confirmedAt',
      render: (o) => <FreshnessText {...o.freshness} />,
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('offers.columns.actions'),
            render: (o: Offer) => (
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="default" onClick={() => setEditing(o)}>
                  {t('offers.edit.open')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setPricing(o)}>
                  {t('offers.tariff.open')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setAssessing(o)}>
                  {t('offers.assessment.open')}
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('offers.title')}
      description={t('offers.description')}
      actions={
        canManage ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('offers.import.open')}
            </Button>
            <ConfirmOffersButton orgId={orgId} />
          </Group>
        ) : undefined
      }
    >
      <DataTable
        caption={t('offers.caption', { count: offers.data?.total ?? 0 })}
        columns={columns}
        list={offers}
        state={state}
        rowKey={(o) => o.id}
        empty={t('offers.empty')}
        emptyHint={t('offers.emptyHint')}
        urgent={(o) => o.freshness.stale}
        minWidth={900}
      />
      {editing && <OfferDialog orgId={orgId} offer={editing} onClose={() => setEditing(null)} />}
      {pricing && <TariffDialog orgId={orgId} offer={pricing} onClose={() => setPricing(null)} />}
      {assessing && (
        <AssessmentDialog orgId={orgId} offer={assessing} onClose={() => setAssessing(null)} />
      )}
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('offers.import.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <OfferImport orgId={orgId} />
      </Modal>
    </Page>
  );
}
