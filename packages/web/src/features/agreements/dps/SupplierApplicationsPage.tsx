import { useState } from 'react';
import {
  Button,
  Card,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { AdmittedSuppliers } from './AdmittedSuppliers';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ApplyModal } from './ApplyModal';
import { DecisionClock } from './DecisionClock';
import { DeclarationRequestsTable } from './DeclarationRequestsTable';
import { DeclarationModal } from './DeclarationModal';
import { RequirementList, ValidityChanges } from './DpsOverview';
import {
  APPLICATION_SORTS,
  DECLARATION_REQUEST_SORTS,
  useMarket,
  MARKET_PAGE_DEFAULTS,
  SYSTEM_SORTS,
  type SystemSort,
  useOwnApplications,
  useOwnDeclarationRequests,
  usePeers,
  ADMITTED_PAGE_DEFAULTS,
  ADMITTED_SORTS,
  useWithdraw,
  type ApplicationSort,
} from './api';
import type { Application, DeclarationRequest, MarketItem } from './types';

function PeersModal({
  orgId,
  dps,
  onClose,
}: {
  orgId: string;
  dps: MarketItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const page = usePageState(ADMITTED_SORTS, ADMITTED_PAGE_DEFAULTS, { prefix: 'peers' });
  const peers = usePeers(orgId, dps.id, page);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dps.supplier.peersTitle', { dps: dps.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <AdmittedSuppliers list={peers} page={page} />
    </Modal>
  );
}

function OwnApplications({ orgId, onNotice }: { orgId: string; onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const page = usePageState(
    APPLICATION_SORTS,
    { sort: 'decisionDue', order: 'asc' },
    {
      prefix: 'applications',
    },
  );
  const own = useOwnApplications(orgId, page);
  const withdraw = useWithdraw(orgId);
  const columns: DataColumn<Application, ApplicationSort>[] = [
    {
      key: 'dps',
      title: t('dps.supplier.system'),
      sort: 'dps',
      rowHeader: true,
      render: (a) => (
        <>
          <Text size="sm">{a.dps.title}</Text>
          <Text size="xs" c="dimmed">
            {a.dps.reference}
          </Text>
          {a.dps.status === 'closed' && (
            <Text size="xs">
              {t('dps.supplier.dpsClosed', { reason: a.dps.closedReason ?? '' })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'categories',
      title: t('dps.fields.categories'),
      render: (a) => <Text size="sm">{a.categories.map((c) => c.name).join(', ')}</Text>,
    },
    {
      key: 'received',
      title: t('dps.queue.received'),
      sort: 'received',
      render: (a) => <Text size="sm">{f.dateTime(a.receivedAt)}</Text>,
    },
    {
      key: 'status',
      title: t('dps.fields.status'),
      render: (a) => <ApplicationStatusBadge status={a.status} />,
    },
    {
      key: 'decisionDue',
      title: t('dps.queue.decisionDue'),
      sort: 'decisionDue',
      render: (a) => <DecisionClock application={a} />,
    },
    {
      key: 'reason',
      title: t('dps.supplier.reason'),
      render: (a) => <Text size="sm">{a.decisionReason ?? ''}</Text>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (a) =>
        a.status === 'pending' && (
          <Button
            size="xs"
            variant="default"
            loading={withdraw.isPending && withdraw.variables?.id === a.id}
            onClick={() =>
              withdraw.mutate(
                { id: a.id, version: a.version },
                { onSuccess: () => onNotice(t('dps.supplier.withdrawn')) },
              )
            }
          >
            {t('dps.supplier.withdraw')}
            <VisuallyHidden>
              {' '}
              {t('dps.supplier.withdrawContext', { dps: a.dps.title })}
            </VisuallyHidden>
          </Button>
        ),
    },
  ];
  return (
    <Stack gap="sm">
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <DataTable
        caption={t('dps.supplier.applicationsCaption')}
        columns={columns}
        list={own}
        state={page}
        rowKey={(a) => a.id}
        empty={t('dps.supplier.noApplications')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/dps-applications/export`}
            params={page.params}
          />
        }
        minWidth={760}
      />
    </Stack>
  );
}

function DeclarationRequests({
  orgId,
  onNotice,
}: {
  orgId: string;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const page = usePageState(
    DECLARATION_REQUEST_SORTS,
    { sort: 'requested', order: 'desc' },
    {
      prefix: 'requests',
    },
  );
  const requests = useOwnDeclarationRequests(orgId, page);
  const [answering, setAnswering] = useState<DeclarationRequest | null>(null);
  return (
    <Stack gap="xs">
      <DeclarationRequestsTable
        caption={t('dps.supplier.requests')}
        list={requests}
        state={page}
        counterpart="dps"
        empty={t('dps.supplier.noRequests')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/dps-declaration-requests/export`}
            params={page.params}
          />
        }
        onAnswer={setAnswering}
      />
      {answering && (
        <DeclarationModal
          orgId={orgId}
          request={answering}
          onClose={() => setAnswering(null)}
          onAnswered={() => {
            setAnswering(null);
            onNotice(t('dps.declaration.answered'));
          }}
        />
      )}
    </Stack>
  );
}

/** The supplier's DPS work: its applications, requests to answer, open systems to apply to. */
export function SupplierApplicationsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const marketPage = usePageState(SYSTEM_SORTS, MARKET_PAGE_DEFAULTS, { prefix: 'market' });
  const market = useMarket(orgId, marketPage);
  const [applying, setApplying] = useState<MarketItem | null>(null);
  const [peers, setPeers] = useState<MarketItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const marketColumns: DataColumn<MarketItem, SystemSort>[] = [
    {
      key: 'system',
      title: t('dps.fields.title'),
      sort: 'title',
      render: (d) => (
        <Card withBorder component="article" aria-labelledby={`dps-${d.id}`}>
          <Stack gap="sm">
            <Title order={3} size="h4" id={`dps-${d.id}`}>
              {d.title}
            </Title>
            <Text size="sm">
              {d.reference} · {d.owner.name}
            </Text>
            <div>
              <Text size="sm" fw={600}>
                {t('dps.fields.categories')}
              </Text>
              <List size="sm">
                {d.categories.map((c) => (
                  <List.Item key={c.id}>
                    {c.name}
                    {c.myStatus && ` – ${t(`dps.status.${c.myStatus}`)}`}
                  </List.Item>
                ))}
              </List>
            </div>
            <div>
              <Text size="sm" fw={600}>
                {t('dps.fields.requirements')}
              </Text>
              <RequirementList requirements={d.requirements} />
            </div>
            {d.validityChanges.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  {t('dps.overview.changes')}
                </Text>
                <ValidityChanges changes={d.validityChanges} />
              </div>
            )}
            <Group gap="sm">
              <Button onClick={() => setApplying(d)}>
                {t('dps.supplier.apply', { dps: d.title })}
              </Button>
              {d.categories.some((c) => c.myStatus === 'approved') && (
                <Button variant="default" onClick={() => setPeers(d)}>
                  {t('dps.supplier.peers')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ),
    },
    {
      key: 'validity',
      title: t('dps.fields.validity'),
      sort: 'validTo',
      render: (d) => `${f.date(d.validFrom)} – ${f.date(d.validTo)}`,
    },
  ];

  return (
    <Page title={t('dps.supplier.title')} description={t('dps.supplier.description')}>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <section aria-labelledby="own-applications">
        <Title order={2} size="h3" id="own-applications" mb="sm">
          {t('dps.supplier.applications')}
        </Title>
        <OwnApplications orgId={orgId} onNotice={setNotice} />
      </section>
      <section aria-labelledby="declaration-requests">
        <Title order={2} size="h3" id="declaration-requests" mb="sm">
          {t('dps.supplier.requests')}
        </Title>
        <DeclarationRequests orgId={orgId} onNotice={setNotice} />
      </section>
      <section aria-labelledby="open-systems">
        <Title order={2} size="h3" id="open-systems" mb="sm">
          {t('dps.supplier.open')}
        </Title>
        <DataTable
          caption={t('dps.supplier.open')}
          columns={marketColumns}
          list={market}
          state={marketPage}
          rowKey={(d) => d.id}
          empty={t('dps.supplier.noOpen')}
        />
      </section>
      {applying && market.data && (
        <ApplyModal
          orgId={orgId}
          dps={applying}
          documents={market.data.documents}
          onClose={() => setApplying(null)}
          onApplied={(a) => {
            setApplying(null);
            setNotice(t('dps.apply.sent', { date: f.dateTime(a.decisionDueAt) }));
          }}
        />
      )}
      {peers && <PeersModal orgId={orgId} dps={peers} onClose={() => setPeers(null)} />}
    </Page>
  );
}
