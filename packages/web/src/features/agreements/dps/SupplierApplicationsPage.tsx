import { useState } from 'react';
import {
  Button,
  Card,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { AdmittedSuppliers } from './AdmittedSuppliers';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ApplyModal } from './ApplyModal';
import { DecisionClock } from './DecisionClock';
import { DeclarationModal } from './DeclarationModal';
import { RequirementList, ValidityChanges } from './DpsOverview';
import {
  useMarket,
  useOwnApplications,
  useOwnDeclarationRequests,
  usePeers,
  useWithdraw,
} from './api';
import type { DeclarationRequest, MarketItem } from './types';

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
  const peers = usePeers(orgId, dps.id);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dps.supplier.peersTitle', { dps: dps.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <AdmittedSuppliers admitted={peers} headingLevel={3} />
    </Modal>
  );
}

function OwnApplications({ orgId, onNotice }: { orgId: string; onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const own = useOwnApplications(orgId);
  const withdraw = useWithdraw(orgId);
  if (own.isPending) return <Loading />;
  if (own.isError) return <ErrorAlert error={own.error} onRetry={() => void own.refetch()} />;
  if (own.data.items.length === 0) return <EmptyState title={t('dps.supplier.noApplications')} />;
  return (
    <Stack gap="sm">
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <Table.ScrollContainer minWidth={760}>
        <Table>
          <Table.Caption>
            <VisuallyHidden>{t('dps.supplier.applicationsCaption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dps.supplier.system')}</Table.Th>
              <Table.Th scope="col">{t('dps.fields.categories')}</Table.Th>
              <Table.Th scope="col">{t('dps.queue.received')}</Table.Th>
              <Table.Th scope="col">{t('dps.fields.status')}</Table.Th>
              <Table.Th scope="col">{t('dps.queue.decisionDue')}</Table.Th>
              <Table.Th scope="col">{t('dps.supplier.reason')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {own.data.items.map((a) => (
              <Table.Tr key={a.id} data-application={a.id}>
                <Table.Td>
                  <Text size="sm">{a.dps.title}</Text>
                  <Text size="xs" c="dimmed">
                    {a.dps.reference}
                  </Text>
                  {a.dps.status === 'closed' && (
                    <Text size="xs">
                      {t('dps.supplier.dpsClosed', { reason: a.dps.closedReason ?? '' })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.categories.map((c) => c.name).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.dateTime(a.receivedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>
                  <DecisionClock application={a} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.decisionReason ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  {a.status === 'pending' && (
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
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
  const f = useFormatters();
  const requests = useOwnDeclarationRequests(orgId);
  const [answering, setAnswering] = useState<DeclarationRequest | null>(null);
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <ErrorAlert error={requests.error} />;
  if (requests.data.items.length === 0) return <EmptyState title={t('dps.supplier.noRequests')} />;
  return (
    <Stack gap="xs">
      <List>
        {requests.data.items.map((r) => (
          <List.Item key={r.id}>
            <Group gap="sm">
              <Text size="sm">
                {r.dps.title}:{' '}
                {r.answeredAt
                  ? t('dps.supplier.answeredAt', { date: f.dateTime(r.answeredAt) })
                  : t('dps.declaration.due', { date: f.dateTime(r.dueAt) })}
              </Text>
              {!r.answeredAt && (
                <Button size="xs" onClick={() => setAnswering(r)}>
                  {t('dps.supplier.answer')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
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
  const market = useMarket(orgId);
  const [applying, setApplying] = useState<MarketItem | null>(null);
  const [peers, setPeers] = useState<MarketItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
        {market.isPending ? (
          <Loading />
        ) : market.isError ? (
          <ErrorAlert error={market.error} onRetry={() => void market.refetch()} />
        ) : market.data.items.length === 0 ? (
          <EmptyState title={t('dps.supplier.noOpen')} />
        ) : (
          <Stack gap="md">
            {market.data.items.map((d) => (
              <Card key={d.id} withBorder component="article" aria-labelledby={`dps-${d.id}`}>
                <Stack gap="sm">
                  <Title order={3} size="h4" id={`dps-${d.id}`}>
                    {d.title}
                  </Title>
                  <Text size="sm">
                    {d.reference} · {d.owner.name} · {t('dps.fields.validity')}:{' '}
                    {f.date(d.validFrom)} – {f.date(d.validTo)}
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
            ))}
          </Stack>
        )}
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
