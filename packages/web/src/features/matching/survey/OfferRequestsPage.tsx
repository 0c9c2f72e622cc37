// The supplier's survey requests: open ones first, by reply time.
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import {
  OFFER_REQUEST_PAGE_DEFAULTS,
  OFFER_REQUEST_SORTS,
  useOfferRequests,
  type OfferRequestSort,
  type OfferRequestSummary,
} from './api';
import { RequestState } from './RequestState';

export function OfferRequestsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(OFFER_REQUEST_SORTS, OFFER_REQUEST_PAGE_DEFAULTS);
  const list = useOfferRequests(orgId, page);
  const columns: DataColumn<OfferRequestSummary, OfferRequestSort>[] = [
    {
      key: 'offer',
      title: t('survey.fields.offer'),
      rowHeader: true,
      render: (r) => (
        <Anchor component={Link} to={`/company/offer-requests/${r.id}`}>
          {r.offer.name}
        </Anchor>
      ),
    },
    {
      key: 'municipality',
      title: t('survey.fields.municipality'),
      render: (r) => r.municipality.name,
    },
    {
      key: 'state',
      title: t('survey.fields.state'),
      render: (r) => (
        <>
          <RequestState state={r.state} />{' '}
          {r.acute && <StatusBadge tone="negative">{t('survey.acuteBadge')}</StatusBadge>}
        </>
      ),
    },
    {
      key: 'replyBy',
      title: t('survey.fields.replyBy'),
      sort: 'reply_by',
      render: (r) => f.dateTime(r.replyBy),
    },
    {
      key: 'sent',
      title: t('survey.fields.sentAt'),
      sort: 'sent',
      render: (r) => f.dateTime(r.sentAt),
    },
  ];
  return (
    <Page title={t('survey.inbox.title')} description={t('survey.inbox.intro')}>
      <DataTable
        caption={t('survey.inbox.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(r) => r.id}
        empty={t('survey.inbox.empty')}
        urgent={(r) => r.open && r.acute}
      />
    </Page>
  );
}
