import { Anchor, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormatters } from '../../../lib/format';
import { useSupplierFollowupTimeline, type TimelineItem } from './api';

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
  const timeline = useSupplierFollowupTimeline(orgId, supplierId);
  const items = timeline.data?.items ?? [];
  return (
    <section aria-labelledby="supplier-timeline" id="follow-up">
      <Title order={2} size="h3" id="supplier-timeline" mb="xs">
        {t('hiding.timeline.title')}
      </Title>
      {timeline.isPending && <Loading />}
      {timeline.isError && (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      {timeline.data && items.length === 0 && <Text>{t('hiding.timeline.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>
              {t('hiding.timeline.caption', { name: timeline.data?.name })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hiding.timeline.at')}</Table.Th>
                <Table.Th scope="col">{t('hiding.timeline.what')}</Table.Th>
                <Table.Th scope="col">{t('hiding.timeline.details')}</Table.Th>
                <Table.Th scope="col">{t('hiding.timeline.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, i) => (
                <Table.Tr key={`${item.kind}-${item.at}-${i}`}>
                  <Table.Td>
                    {item.kind === 'orders' ? f.date(item.at.slice(0, 10)) : f.dateTime(item.at)}
                  </Table.Td>
                  <Table.Td>
                    {item.link ? (
                      <Anchor component={Link} to={item.link}>
                        {t(`hiding.timeline.kind.${item.kind}`)}
                      </Anchor>
                    ) : (
                      t(`hiding.timeline.kind.${item.kind}`)
                    )}
                  </Table.Td>
                  <Table.Td>{describe(item)}</Table.Td>
                  <Table.Td>{item.actor ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
