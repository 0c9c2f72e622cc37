import { useState } from 'react';
import { Anchor, Modal, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageFooter } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { TIMELINE_PAGE_SIZE, useSupplierTimeline } from './api';
import { SupplierStatusBadge } from './StatusBadges';

/** A supplier's status changes on the agreement, newest first, a page at a time. */
export function TimelineDialog({
  orgId,
  agreementId,
  supplierId,
  supplierName,
  onClose,
}: {
  orgId: string;
  agreementId: string;
  supplierId: string;
  supplierName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [page, setPage] = useState(1);
  const timeline = useSupplierTimeline(orgId, agreementId, supplierId, page);
  const events = timeline.data?.events.items ?? [];
  const { hasPermission } = useAuth();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.timeline.title', { name: supplierName })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {hasPermission(PERMISSIONS.followupRead) && (
        <Anchor
          component={Link}
          to={`/suppliers/${supplierId}?tab=timeline`}
          mb="sm"
          display="block"
        >
          {t('hiding.timelineLink')}
        </Anchor>
      )}
      {timeline.isPending && <Loading />}
      {timeline.isError && <ErrorAlert error={timeline.error} />}
      {timeline.data && events.length === 0 && <Text>{t('agreements.timeline.empty')}</Text>}
      {events.length > 0 && (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Caption>
                {t('agreements.timeline.caption', { name: supplierName })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('agreements.timeline.at')}</Table.Th>
                  <Table.Th scope="col">{t('agreements.statusLabel')}</Table.Th>
                  <Table.Th scope="col">{t('agreements.timeline.lot')}</Table.Th>
                  <Table.Th scope="col">{t('agreements.timeline.dates')}</Table.Th>
                  <Table.Th scope="col">{t('agreements.statusDialog.reason')}</Table.Th>
                  <Table.Th scope="col">{t('agreements.timeline.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{f.dateTime(e.at)}</Table.Td>
                    <Table.Td>
                      <SupplierStatusBadge status={e.status} />
                    </Table.Td>
                    <Table.Td>
                      {e.lotNumber !== null
                        ? t('agreements.lotLabel', { number: e.lotNumber, name: e.lotName })
                        : '–'}
                    </Table.Td>
                    <Table.Td>
                      {e.effectiveTo
                        ? t('agreements.periodValue', {
                            from: f.date(e.effectiveFrom),
                            to: f.date(e.effectiveTo),
                          })
                        : e.effectiveFrom
                          ? t('agreements.timeline.fromDate', { date: f.date(e.effectiveFrom) })
                          : '–'}
                    </Table.Td>
                    <Table.Td>{e.reason ?? '–'}</Table.Td>
                    <Table.Td>{e.actorName ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageFooter
            state={{ page, pageSize: TIMELINE_PAGE_SIZE, setPage }}
            shown={events.length}
            total={timeline.data?.events.total ?? 0}
            fetching={timeline.isFetching}
          />
        </Stack>
      )}
    </Modal>
  );
}
