// Everything that happened to the call-off, oldest first, with time and actor. Bid receipts
// appear only after the opening (the server tells none before).
import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormatters } from '../../../lib/format';
import { useTimeline, type TimelineEvent } from './api';

interface Props {
  orgId: string;
  calloffId: string;
}

export function CalloffTimeline({ orgId, calloffId }: Props) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const timeline = useTimeline(orgId, calloffId);
  const label = (e: TimelineEvent) => {
    const key = `awards.timeline.action.${e.action.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key) : e.action;
  };
  return (
    <section aria-labelledby="calloff-timeline-title">
      <Title order={2} id="calloff-timeline-title" mb="sm">
        {t('awards.timeline.title')}
      </Title>
      {timeline.isPending && <Loading />}
      {timeline.isError && (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      {timeline.data && (
        <Table.ScrollContainer minWidth={520}>
          <Table withTableBorder>
            <Table.Caption>{t('awards.timeline.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('awards.timeline.at')}</Table.Th>
                <Table.Th scope="col">{t('awards.timeline.event')}</Table.Th>
                <Table.Th scope="col">{t('awards.timeline.actor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {timeline.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{f.dateTimeSeconds(e.at)}</Table.Td>
                  <Table.Td>{label(e)}</Table.Td>
                  <Table.Td>{e.actorName ?? t('awards.timeline.system')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
