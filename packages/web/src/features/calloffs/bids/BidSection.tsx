// The supplier's sealed bid on the tender page: the deadline, the form (submit or replace), the
// receipt with what it proves, withdrawing, and after the deadline the bid as given, read only.
import { Alert, Anchor, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useConsultants, useEstablishments } from '../../../lib/company';
import { makeFormatters, TIME_ZONE, useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { PERMISSIONS } from '../../../lib/types';
import { useTender, type Tender } from '../tenders/api';
import { bidReceiptPdf, useOwnBid, useWithdrawBid, type OwnBid } from './api';
import { BidForm } from './BidForm';

interface Props {
  orgId: string;
  calloffId: string;
}

export function BidSection({ orgId, calloffId }: Props) {
  const tender = useTender(orgId, calloffId);
  if (!tender.data || tender.data.kind !== 'tender' || !tender.data.publishedAt) return null;
  return <BidPanel orgId={orgId} tender={tender.data} />;
}

function BidPanel({ orgId, tender }: { orgId: string; tender: Tender }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const zone = makeFormatters(f.locale, TIME_ZONE[tender.country]);
  const { hasPermission } = useAuth();
  const bid = useOwnBid(orgId, tender.calloffId);
  const withdraw = useWithdrawBid(orgId, tender.calloffId);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const open =
    tender.calloffStatus === 'open' &&
    !tender.deadlinePassed &&
    tender.invitation.declinedAt === null &&
    hasPermission(PERMISSIONS.tendersRespond);
  const deadline = `${zone.dateTime(tender.deadline)} (${zone.timeZoneName})`;
  const current = bid.data ?? null;
  const standing = current?.status === 'submitted' ? current : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="bid-title" id="bid">
      <Title order={2} size="h3" id="bid-title">
        {t('bids.section.title')}
      </Title>
      <Text>{t(open ? 'bids.section.sealedUntil' : 'bids.section.closed', { deadline })}</Text>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {bid.isPending ? (
        <Loading />
      ) : bid.isError ? (
        <ErrorAlert error={bid.error} onRetry={() => void bid.refetch()} />
      ) : (
        <>
          {standing?.needsReview && (
            <Alert color="orange" variant="light" title={t('bids.section.reviewTitle')}>
              {t('bids.section.review')}
            </Alert>
          )}
          {current?.status === 'withdrawn' && (
            <Text>{t('bids.section.withdrawn', { at: f.dateTime(current.withdrawnAt) })}</Text>
          )}
          {standing && <BidSummary orgId={orgId} tender={tender} bid={standing} />}
          {open && (editing || !standing) ? (
            <BidForm
              orgId={orgId}
              tender={tender}
              bid={standing}
              onCancel={standing ? () => setEditing(false) : undefined}
              onSubmitted={(_result, replaced) => {
                setEditing(false);
                setNotice(t(replaced ? 'bids.section.replaced' : 'bids.section.submitted'));
              }}
            />
          ) : (
            open &&
            standing && (
              <Group gap="sm">
                <Button onClick={() => setEditing(true)}>{t('bids.section.edit')}</Button>
                <Button variant="outline" color="red.9" onClick={() => setWithdrawing(true)}>
                  {t('bids.section.withdraw')}
                </Button>
              </Group>
            )
          )}
          {!open && !current && <Text>{t('bids.section.none')}</Text>}
        </>
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t('bids.withdraw.title')}
          question={t('bids.withdraw.question', { deadline })}
          confirmLabel={t('bids.withdraw.confirm')}
          pending={withdraw.isPending}
          error={withdraw.error}
          onClose={() => setWithdrawing(false)}
          onConfirm={() =>
            withdraw.mutate(undefined, {
              onSuccess: () => {
                setWithdrawing(false);
                setNotice(t('bids.section.withdrawnNotice'));
              },
            })
          }
        />
      )}
    </Stack>
  );
}

/**
 * Who or what the bid offers, named from the supplier's own registry (the bid holds only the id).
 * Null while the registry loads (or cannot be read), or when the bid names neither.
 */
function useOffered(orgId: string, bid: OwnBid): string | null {
  const { t } = useTranslation();
  const { consultantId, establishmentId } = bid.content;
  const consultants = useConsultants(orgId);
  const establishments = useEstablishments(orgId);
  const id = consultantId ?? establishmentId;
  if (!id) return null;
  const key = consultantId ? 'bids.receipt.consultant' : 'bids.receipt.establishment';
  const list = consultantId ? consultants : establishments;
  const items: { id: string; name: string }[] | undefined = list.data?.items;
  if (!items) return null;
  // One removed from the registry since the bid was given is said to be so.
  const name = items.find((item) => item.id === id)?.name;
  return t(key, { name: name ?? t('bids.receipt.unknown') });
}

/** The standing bid as given, and its receipt. */
function BidSummary({ orgId, tender, bid }: { orgId: string; tender: Tender; bid: OwnBid }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const offered = useOffered(orgId, bid);
  const c = bid.content;
  return (
    <Stack gap="xs">
      <Table variant="vertical" withTableBorder>
        <caption>{t('bids.summary.caption')}</caption>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('bids.summary.price')}</Table.Th>
            <Table.Td>
              {money(c.unitPriceMinor, c.currency)} / {t(`bids.units.${c.unit}`)}
            </Table.Td>
          </Table.Tr>
          {tender.requirements.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">{r.title}</Table.Th>
              <Table.Td>
                {typeof c.answers[r.id] === 'boolean'
                  ? t(c.answers[r.id] ? 'bids.summary.yes' : 'bids.summary.no')
                  : (c.answers[r.id] ?? '–')}
                {c.evidence[r.id] ? ` — ${c.evidence[r.id]}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('bids.summary.period')}</Table.Th>
            <Table.Td>
              {t('bids.summary.periodValue', {
                start: f.date(c.earliestStart),
                until: f.date(c.validUntil),
              })}
            </Table.Td>
          </Table.Tr>
          {c.note && (
            <Table.Tr>
              <Table.Th scope="row">{t('bids.form.note')}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.note}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Stack gap={4} aria-labelledby="receipt-title" component="section">
        <Title order={3} size="h4" id="receipt-title">
          {t('bids.receipt.title')}
        </Title>
        <Text size="sm">
          {t('bids.receipt.received', { at: f.dateTimeSeconds(bid.receipt.receivedAt) })}
        </Text>
        {offered && <Text size="sm">{offered}</Text>}
        <Text size="sm">
          {t('bids.receipt.hash')}{' '}
          <Code style={{ wordBreak: 'break-all' }}>{bid.receipt.sha256}</Code>
        </Text>
        <Text size="sm" c="dimmed">
          {t('bids.receipt.explain')}
        </Text>
        <Anchor href={bidReceiptPdf(orgId, tender.calloffId, f.locale)} size="sm">
          {t('bids.receipt.download')}
        </Anchor>
      </Stack>
    </Stack>
  );
}
