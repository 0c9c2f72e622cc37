// The proposals for a referral: the offers that fit, best first, with why (constraints passed and
// score parts), badges for stale data, offers outside agreements and not approved offers, the
// supplier's meeting notes, boxes to tick the offers to ask (the three best approved, fresh ones
// ticked already, so asking takes one click), the offers left out with their reasons, and the
// price corridor.
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { Checkbox, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailToggle } from '../../../components/DetailToggle';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { useProposals } from './api';
import { ExclusionsList } from './ExclusionsList';
import { PriceCorridor } from './PriceCorridor';
import { ProposalExplanation } from './ProposalExplanation';
import { preselection } from './preselection';

interface Props {
  orgId: string;
  referralId: string;
  /** Rendered under the table with the ticked offers (the referral page's send button). */
  renderActions?: (selectedEstablishmentIds: string[]) => ReactNode;
}

export function ProposalsPanel({ orgId, referralId, renderActions }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const proposals = useProposals(orgId, referralId);
  const [selected, setSelected] = useState<string[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const items = proposals.data?.proposals.items;
  useEffect(() => {
    if (items && selected === null) setSelected(preselection(items));
  }, [items, selected]);

  const headingId = `proposals-${referralId}`;
  if (proposals.isPending) {
    return (
      <section aria-labelledby={headingId}>
        <Title order={2} size="h3" id={headingId}>
          {t('proposals.title')}
        </Title>
        <Loading label={t('proposals.loading')} />
      </section>
    );
  }
  if (proposals.isError) {
    return (
      <section aria-labelledby={headingId}>
        <Title order={2} size="h3" id={headingId}>
          {t('proposals.title')}
        </Title>
        <ErrorAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
      </section>
    );
  }

  const answer = proposals.data;
  const chosen = selected ?? [];
  const toggle = (id: string) =>
    setSelected(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('proposals.title')}
        </Title>
        {answer.proposals.items.length === 0 ? (
          <EmptyState title={t('proposals.none')}>{t('proposals.noneHelp')}</EmptyState>
        ) : (
          <>
            <Text size="sm">
              {t('proposals.shown', {
                shown: answer.proposals.items.length,
                total: answer.proposals.total,
              })}{' '}
              {t('proposals.preselected')}
            </Text>
            <Table.ScrollContainer minWidth={960}>
              <Table verticalSpacing="xs">
                <Table.Caption>{t('proposals.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('proposals.columns.select')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.rank')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.offer')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.supplier')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.cost')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.distance')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.quality')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.freshness')}</Table.Th>
                    <Table.Th scope="col">{t('proposals.columns.explanation')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answer.proposals.items.map((p) => {
                    const quality = p.parts.find((part) => part.code === 'quality');
                    const detailId = `proposal-${p.offer.id}-why`;
                    const isOpen = open === p.offer.id;
                    return (
                      <Fragment key={p.offer.id}>
                        <Table.Tr>
                          <Table.Td>
                            <Checkbox
                              checked={chosen.includes(p.offer.id)}
                              onChange={() => toggle(p.offer.id)}
                              aria-label={t('proposals.select', { offer: p.offer.name })}
                            />
                          </Table.Td>
                          <Table.Td>{p.rank}</Table.Td>
                          <Table.Th scope="row" fw="normal">
                            <Text fw={600} size="sm">
                              {p.offer.name}
                            </Text>
                            <Group gap={4} mt={2}>
                              {p.stale && (
                                <StatusBadge tone="waiting">
                                  {t('proposals.badges.stale')}
                                </StatusBadge>
                              )}
                              {p.outsideAgreements && (
                                <StatusBadge tone="neutral">
                                  {t('proposals.badges.outsideAgreements')}
                                </StatusBadge>
                              )}
                              {p.notApproved && (
                                <StatusBadge tone="negative">
                                  {p.offer.approval === 'pending'
                                    ? t('proposals.badges.pending')
                                    : t('proposals.badges.notApproved')}
                                </StatusBadge>
                              )}
                            </Group>
                          </Table.Th>
                          <Table.Td>
                            <Text size="sm">{p.supplier.name}</Text>
                            {p.supplier.meetingNotes.length === 0 ? (
                              <Text size="xs" c="dimmed">
                                {t('proposals.noMeetingNotes')}
                              </Text>
                            ) : (
                              <List size="xs" aria-label={t('proposals.meetingNotes')}>
                                {p.supplier.meetingNotes.map((n) => (
                                  <List.Item key={n.id}>
                                    {t('proposals.note', {
                                      date: f.date(`${n.metOn}T12:00:00Z`),
                                      learned: n.learned,
                                    })}
                                  </List.Item>
                                ))}
                              </List>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {money(p.expectedCost.amountMinor, p.expectedCost.currency)}
                          </Table.Td>
                          <Table.Td>
                            {t('proposals.distanceValue', {
                              km: f.number(Math.round(p.distanceKm * 10) / 10),
                            })}
                          </Table.Td>
                          <Table.Td>
                            {quality &&
                              t('proposals.points', {
                                points: f.number(quality.points),
                                weight: f.number(quality.weight),
                              })}
                          </Table.Td>
                          <Table.Td>
                            {p.offer.confirmedAt
                              ? f.date(p.offer.confirmedAt)
                              : t('proposals.neverConfirmed')}
                          </Table.Td>
                          <Table.Td>
                            <DetailToggle
                              open={isOpen}
                              controls={detailId}
                              onToggle={() => setOpen(isOpen ? null : p.offer.id)}
                              label={t(isOpen ? 'proposals.hideLabel' : 'proposals.explainLabel', {
                                offer: p.offer.name,
                              })}
                            >
                              {isOpen ? t('proposals.hide') : t('proposals.explain')}
                            </DetailToggle>
                          </Table.Td>
                        </Table.Tr>
                        {isOpen && (
                          <Table.Tr id={detailId}>
                            <Table.Td colSpan={9}>
                              <ProposalExplanation proposal={p} />
                            </Table.Td>
                          </Table.Tr>
                        )}
                      </Fragment>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" aria-live="polite">
              {t('proposals.selectedCount', { count: chosen.length })}
            </Text>
            {renderActions?.(chosen)}
          </>
        )}
        <ExclusionsList exclusions={answer.exclusions} />
        <PriceCorridor
          orgId={orgId}
          serviceKind={answer.referral.serviceKind}
          currency={answer.referral.currency}
        />
      </Stack>
    </section>
  );
}
