// A referral's columns: case reference (opening it), kind, urgency, state, clock, waiting time
// and who took it. The queue page shows them in the DataTable, the home work lists in
// ReferralsTable; the queue adds a column of actions ("Take").
import type { ReactNode } from 'react';
import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from '../../../components/DataTable';
import type { ReferralSummary } from './api';
import { ReferralClock, ReferralStateBadge } from './ReferralBadges';

/** The queue has no sorts of its own: urgency, then the clock. */
export type ReferralSort = 'queue';

export function useReferralColumns({
  linkTo,
  assignee = true,
  action,
}: {
  /** Where a row's reference leads; no link when the reader cannot open it. */
  linkTo?: ((referral: ReferralSummary) => string) | undefined;
  assignee?: boolean;
  action?: ((referral: ReferralSummary) => ReactNode) | undefined;
}): DataColumn<ReferralSummary, ReferralSort>[] {
  const { t } = useTranslation();
  const columns: DataColumn<ReferralSummary, ReferralSort>[] = [
    {
      key: 'caseReference',
      title: t('referrals.fields.caseReference'),
      rowHeader: true,
      render: (r) =>
        linkTo ? (
          <Anchor component={Link} to={linkTo(r)}>
            {r.caseReference}
          </Anchor>
        ) : (
          r.caseReference
        ),
    },
    {
      key: 'kind',
      title: t('referrals.fields.kind'),
      render: (r) =>
        `${t(`referrals.kinds.${r.kind}`)} · ${t(`referrals.serviceKinds.${r.serviceKind}`)}`,
    },
    {
      key: 'urgency',
      title: t('referrals.fields.urgency'),
      render: (r) => t(`referrals.urgencies.${r.urgency}`),
    },
    {
      key: 'state',
      title: t('referrals.fields.state'),
      render: (r) => <ReferralStateBadge state={r.state} />,
    },
    {
      key: 'clock',
      title: t('referrals.fields.dueAt'),
      render: (r) => <ReferralClock referral={r} />,
    },
    {
      key: 'waiting',
      title: t('referrals.fields.waiting'),
      render: (r) => t('referrals.hoursWaiting', { count: r.ageHours }),
    },
  ];
  if (assignee)
    columns.push({
      key: 'assignee',
      title: t('referrals.fields.assignee'),
      render: (r) => r.assignee?.name ?? t('referrals.fields.nobody'),
    });
  if (action)
    columns.push({
      key: 'action',
      title: t('common.actions'),
      hiddenTitle: true,
      render: action,
    });
  return columns;
}

/** The first referrals of a home work list, in full; the caption names it for screen readers. */
export function ReferralsTable({
  caption,
  items,
  columns,
}: {
  caption: string;
  items: readonly ReferralSummary[];
  columns: DataColumn<ReferralSummary, ReferralSort>[];
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.hiddenTitle ? (
                  <VisuallyHidden>{column.title}</VisuallyHidden>
                ) : (
                  column.title
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((referral) => (
            <Table.Tr key={referral.id}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(referral)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
