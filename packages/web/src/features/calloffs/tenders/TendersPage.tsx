// The supplier's inbox: every call-off it was invited to or offered, newest first.
import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { INBOX_PAGE_DEFAULTS, INBOX_SORTS, useInbox, type InboxItem, type InboxSort } from './api';
import { TenderStatusBadge } from './TenderStatusBadge';

export function TendersPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(INBOX_SORTS, INBOX_PAGE_DEFAULTS);
  const inbox = useInbox(orgId, page);
  const columns: DataColumn<InboxItem, InboxSort>[] = [
    {
      key: 'title',
      title: t('tenders.fields.title'),
      sort: 'title',
      rowHeader: true,
      render: (item) => (
        <Anchor component={Link} to={`/tenders/${item.calloffId}`}>
          {item.title}
        </Anchor>
      ),
    },
    { key: 'buyer', title: t('tenders.fields.buyer'), sort: 'buyer', render: (i) => i.buyerName },
    {
      key: 'procedure',
      title: t('tenders.fields.procedure'),
      render: (item) => t(`needs.calloff.procedures.${item.procedure}`),
    },
    {
      key: 'deadline',
      title: t('tenders.fields.deadline'),
      sort: 'deadline',
      render: (item) => (item.deadline ? f.dateTime(item.deadline) : ''),
    },
    {
      key: 'status',
      title: t('tenders.fields.status'),
      render: (item) => (
        <Group gap={4}>
          <TenderStatusBadge status={item.status} />
          {item.bidNeedsReview && (
            <StatusBadge tone="negative">{t('tenders.needsReview')}</StatusBadge>
          )}
        </Group>
      ),
    },
  ];
  return (
    <Page title={t('tenders.title')} description={t('tenders.intro')}>
      <DataTable
        caption={t('tenders.caption')}
        columns={columns}
        list={inbox}
        state={page}
        rowKey={(item) => item.calloffId}
        empty={t('tenders.empty')}
        emptyHint={t('tenders.emptyHint')}
        toolbar={
          <ExportLinks path={`/api/organisations/${orgId}/tenders/export`} params={page.params} />
        }
        minWidth={720}
      />
    </Page>
  );
}
