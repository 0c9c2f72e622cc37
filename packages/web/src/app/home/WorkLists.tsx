// The work lists of the home page read from GET /worklist: call-offs waiting for the buyer, DPS
// applications with their clocks, agreements and documents expiring (procurement officer), the
// follow-up plan, corrections, staff lists, hidden suppliers and permit problems (quality
// officer), and a supplier's requests, applications and capacity to confirm.
import { Anchor, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormatters } from '../../lib/format';
import { useWorklist, type DocumentExpiring, type Worklist } from './api';
import { WorkTable } from './WorkTable';
import { BuyerWorkList } from './BuyerWorkList';
import { QualityFollowup, SupplierRequests } from './FollowupWorkLists';

export type MarketList = 'buyer' | 'procurement_officer' | 'quality_officer' | 'supplier';

const APPLICATION_TONE: Record<string, Tone> = {
  pending: 'waiting',
  approved: 'positive',
  rejected: 'negative',
  withdrawn: 'neutral',
  excluded: 'negative',
};

function DocumentsTable({
  items,
  withSupplier,
}: {
  items: DocumentExpiring[];
  withSupplier: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <WorkTable
      caption={t('home.lists.documentsExpiring')}
      empty={t('home.lists.noDocumentsExpiring')}
      columns={[
        ...(withSupplier ? [t('home.lists.supplier')] : []),
        t('home.lists.document'),
        t('home.lists.validUntil'),
      ]}
      rows={items.map((d) => ({
        key: d.id,
        cells: [
          ...(withSupplier
            ? [
                <Anchor component={Link} to={`/suppliers/${d.supplierId}`} key="s">
                  {d.supplierName}
                </Anchor>,
              ]
            : []),
          d.title,
          f.date(d.validUntil),
        ],
      }))}
    />
  );
}

function Procurement({ list }: { list: NonNullable<Worklist['procurement']> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="lg">
      <WorkTable
        caption={t('home.lists.applications')}
        empty={t('home.lists.noApplications')}
        columns={[
          t('home.lists.supplier'),
          t('home.lists.dps'),
          t('home.lists.received'),
          t('home.lists.decisionDue'),
        ]}
        rows={list.applications.map((a) => ({
          key: a.id,
          cells: [
            // The row opens the application itself, on its DPS page with the queue.
            <Anchor component={Link} to={`/dps/${a.dpsId}/applications/${a.id}`} key="s">
              {a.supplierName}
            </Anchor>,
            a.dpsTitle,
            f.dateTime(a.receivedAt),
            <Group gap="xs" key="due">
              <span>{f.dateTime(a.decisionDueAt)}</span>
              {a.overdue && <StatusBadge tone="negative">{t('home.lists.overdue')}</StatusBadge>}
              {a.extended && <StatusBadge tone="neutral">{t('home.lists.extended')}</StatusBadge>}
            </Group>,
          ],
        }))}
      />
      <WorkTable
        caption={t('home.lists.agreementsEnding')}
        empty={t('home.lists.noAgreementsEnding')}
        columns={[
          t('home.lists.agreement'),
          t('home.lists.endsOn'),
          t('home.lists.extensionsLeft'),
        ]}
        rows={list.agreementsEnding.map((a) => ({
          key: a.id,
          cells: [
            <Anchor component={Link} to={`/agreements/${a.id}`} key="a">
              {a.reference} {a.title}
            </Anchor>,
            f.date(a.endsOn),
            f.number(a.extensionsLeft),
          ],
        }))}
      />
      <DocumentsTable items={list.documentsExpiring} withSupplier />
    </Stack>
  );
}

function Quality({ today, list }: { today: string; list: NonNullable<Worklist['quality']> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="lg">
      <QualityFollowup today={today} list={list} />
      <WorkTable
        caption={t('home.lists.hiddenSuppliers')}
        empty={t('home.lists.noHiddenSuppliers')}
        columns={[
          t('home.lists.supplier'),
          t('home.lists.agreement'),
          t('home.lists.hiddenUntil'),
          t('home.lists.reason'),
        ]}
        rows={list.hiddenSuppliers.map((h) => ({
          key: `${h.agreementId}:${h.supplierId}:${h.lotName}`,
          cells: [
            <Anchor component={Link} to={`/suppliers/${h.supplierId}`} key="s">
              {h.supplierName}
            </Anchor>,
            <Anchor component={Link} to={`/agreements/${h.agreementId}`} key="a">
              {h.reference} · {h.lotName}
            </Anchor>,
            h.hiddenTo ? f.date(h.hiddenTo) : t('home.lists.untilLifted'),
            h.reason ?? '',
          ],
        }))}
      />
      <WorkTable
        caption={t('home.lists.permitProblems')}
        empty={t('home.lists.noPermitProblems')}
        columns={[
          t('home.lists.supplier'),
          t('home.lists.establishment'),
          t('home.lists.permitStatus'),
          t('home.lists.openCases'),
          t('home.lists.lastChecked'),
        ]}
        rows={list.permitProblems.map((p) => ({
          key: p.id,
          cells: [
            <Anchor component={Link} to={`/suppliers/${p.supplierId}`} key="s">
              {p.supplierName}
            </Anchor>,
            p.establishmentName,
            <StatusBadge tone={p.status === 'valid' ? 'waiting' : 'negative'} key="st">
              {`${p.authority}: ${t(`home.permitStatus.${p.status}`, { defaultValue: p.status })}`}
            </StatusBadge>,
            f.number(p.openCases),
            f.date(p.lastCheckedOn) || t('home.lists.never'),
          ],
        }))}
      />
    </Stack>
  );
}

function Supplier({ list }: { list: NonNullable<Worklist['supplier']> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="lg">
      <SupplierRequests list={list} />
      <WorkTable
        caption={t('home.lists.ownApplications')}
        empty={t('home.lists.noOwnApplications')}
        columns={[t('home.lists.dps'), t('home.lists.status'), t('home.lists.decisionDue')]}
        rows={list.applications.map((a) => ({
          key: a.id,
          cells: [
            <Anchor component={Link} to="/company/applications" key="d">
              {a.dpsTitle} ({a.ownerName})
            </Anchor>,
            <Stack gap={2} key="s">
              <StatusBadge tone={APPLICATION_TONE[a.status] ?? 'neutral'}>
                {t(`home.applicationStatus.${a.status}`, { defaultValue: a.status })}
              </StatusBadge>
              {a.decisionReason && <span>{a.decisionReason}</span>}
            </Stack>,
            a.status === 'pending' ? f.dateTime(a.decisionDueAt) : '',
          ],
        }))}
      />
      <WorkTable
        caption={t('home.lists.declarationRequests')}
        empty={t('home.lists.noDeclarationRequests')}
        columns={[t('home.lists.dps'), t('home.lists.answerBy')]}
        rows={list.declarationRequests.map((r) => ({
          key: r.id,
          cells: [
            <Anchor component={Link} to="/company/applications" key="d">
              {r.dpsTitle}
            </Anchor>,
            <Group gap="xs" key="due">
              <span>{f.dateTime(r.dueAt)}</span>
              {r.overdue && <StatusBadge tone="negative">{t('home.lists.overdue')}</StatusBadge>}
            </Group>,
          ],
        }))}
      />
      <DocumentsTable items={list.documentsExpiring} withSupplier={false} />
      <WorkTable
        caption={t('home.lists.capacityToConfirm')}
        empty={t('home.lists.noCapacityToConfirm')}
        columns={[
          t('home.lists.establishment'),
          t('home.lists.freePlaces'),
          t('home.lists.placesUpdated'),
        ]}
        rows={list.capacityToConfirm.map((e) => ({
          key: e.id,
          cells: [
            <Anchor component={Link} to="/company/establishments" key="e">
              {e.name}
            </Anchor>,
            t('home.lists.placesOf', { free: e.placesFree, total: e.placesTotal }),
            f.dateTime(e.placesUpdatedAt) || t('home.lists.never'),
          ],
        }))}
      />
    </Stack>
  );
}

/** The market lists for the roles among `lists`; loaded once for all of them. */
export function MarketWorkLists({ orgId, list }: { orgId: string; list: MarketList }) {
  const worklist = useWorklist(orgId);
  if (worklist.isPending) return <Loading />;
  if (worklist.isError) return <ErrorAlert error={worklist.error} />;
  const data = worklist.data;
  if (list === 'procurement_officer' && data.procurement)
    return <Procurement list={data.procurement} />;
  if (list === 'quality_officer' && data.quality)
    return <Quality today={data.today} list={data.quality} />;
  if (list === 'buyer' && data.buyer) return <BuyerWorkList list={data.buyer} />;
  if (list === 'supplier' && data.supplier) return <Supplier list={data.supplier} />;
  return null;
}
