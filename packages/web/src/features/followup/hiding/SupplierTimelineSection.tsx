import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import {
  TIMELINE_SORTS,
  useSupplierFollowupTimeline,
  type TimelineItem,
  type TimelineSort,
} from './api';

/** What an item says beyond its kind: its details in words (never a sensitive note's text). */
function useDescribe() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (item: TimelineItem): string => {
    const d = item.detail;
    const date = (v: unknown) => (typeof v === 'string' ? f.date(v) : '–');
    switch (item.kind) {
      case 'supplier_hidden':
      case 'supplier_terminated':
      case 'supplier_hiding_lifted':
      case 'establishment_hidden':
      case 'establishment_hiding_lifted':
        return t('hiding.timeline.describe.standing', {
          agreement: d.agreement,
          establishment: d.establishment ?? '',
          from: d.from ? date(d.from) : '–',
          reason: d.reason ?? '–',
        });
      case 'permit_checked':
        return t('hiding.timeline.describe.permit', {
          establishment: d.establishment,
          seen: t(`hiding.timeline.seen.${String(d.seen)}`),
        });
      case 'staff_list_requested':
        return t('hiding.timeline.describe.staffListRequested', {
          establishment: d.establishment,
          from: date(d.periodFrom),
          to: date(d.periodTo),
        });
      case 'staff_list_submitted':
        return t('hiding.timeline.describe.staffListSubmitted', { met: d.met, notMet: d.notMet });
      case 'visit':
        return t('hiding.timeline.describe.visit', {
          establishment: d.establishment,
          date: date(d.visitedOn),
          met: d.met,
          partlyMet: d.partlyMet,
          notMet: d.notMet,
        });
      case 'logbook_note':
        return d.sensitive ? t('hiding.timeline.describe.sensitiveNote') : String(d.text);
      case 'correction_requested':
        return t('hiding.timeline.describe.correction', { deadline: date(d.deadline) });
      case 'correction_decided':
        return t(`hiding.timeline.decision.${String(d.decision)}`);
      case 'orders':
        return t('hiding.timeline.describe.orders', { count: Number(d.count) });
      default:
        return '';
    }
  };
}

/** The supplier's follow-up timeline, newest first (the supplier page, for the body's officers). */
export function SupplierTimelineSection({
  orgId,
  supplierId,
}: {
  orgId: string;
  supplierId: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const describe = useDescribe();
  const page = usePageState(TIMELINE_SORTS, { sort: 'at', order: 'desc' }, { prefix: 'timeline' });
  const timeline = useSupplierFollowupTimeline(orgId, supplierId, page);
  const columns: DataColumn<TimelineItem, TimelineSort>[] = [
    {
      key: 'at',
      title: t('hiding.timeline.at'),
      sort: 'at',
      render: (item) =>
        item.kind === 'orders' ? f.date(item.at.slice(0, 10)) : f.dateTime(item.at),
    },
    {
      key: 'what',
      title: t('hiding.timeline.what'),
      rowHeader: true,
      render: (item) =>
        item.link ? (
          <Anchor component={Link} to={item.link}>
            {t(`hiding.timeline.kind.${item.kind}`)}
          </Anchor>
        ) : (
          t(`hiding.timeline.kind.${item.kind}`)
        ),
    },
    { key: 'details', title: t('hiding.timeline.details'), render: (item) => describe(item) },
    { key: 'by', title: t('hiding.timeline.by'), render: (item) => item.actor ?? '–' },
  ];
  return (
    <section aria-labelledby="supplier-timeline" id="follow-up">
      <Title order={2} size="h3" id="supplier-timeline" mb="xs">
        {t('hiding.timeline.title')}
      </Title>
      <DataTable
        caption={t('hiding.timeline.caption', { name: timeline.data?.name })}
        columns={columns}
        list={timeline}
        state={page}
        rowKey={(item) => `${item.kind}-${item.at}-${JSON.stringify(item.detail)}`}
        empty={t('hiding.timeline.empty')}
      />
    </section>
  );
}
