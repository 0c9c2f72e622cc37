import { useState } from 'react';
import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ExportLinks } from '../../../components/ExportLinks';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { STAFF_LIST_PAGE_DEFAULTS, STAFF_LIST_SORTS, useStaffList, useStaffLists } from './api';
import { RequestDialog } from './RequestDialog';
import { RequestsTable } from './RequestsTable';
import { RequestFacts, StaffListReport } from './StaffListReport';

const detailPath = (id: string) => `/followup/staff-lists/${id}`;

/** The body's staff-list requests, with a dialog to ask for a new one. */
export function StaffListsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(STAFF_LIST_SORTS, STAFF_LIST_PAGE_DEFAULTS);
  const lists = useStaffLists(orgId, 'officer', page);
  const [open, setOpen] = useState(false);
  return (
    <Page
      title={t('stafflists.title')}
      description={t('stafflists.description')}
      actions={
        hasPermission(PERMISSIONS.followupManage) && (
          <Button onClick={() => setOpen(true)}>{t('stafflists.request.open')}</Button>
        )
      }
    >
      <RequestsTable
        list={lists}
        state={page}
        caption={t('stafflists.caption')}
        empty={t('stafflists.empty')}
        emptyHint={t('stafflists.emptyHelp')}
        linkTo={detailPath}
        showSupplier
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/staff-lists/export`}
            params={page.params}
          />
        }
      />
      {open && (
        <RequestDialog
          orgId={orgId}
          onClose={() => setOpen(false)}
          onRequested={(detail) => navigate(detailPath(detail.request.id))}
        />
      )}
    </Page>
  );
}

/** One request as the officer sees it: the facts, the report per requirement, the rows. */
export function StaffListPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { activeMembership } = useAuth();
  const detail = useStaffList(activeMembership!.organisation.id, 'officer', requestId);
  return (
    <Page
      title={
        detail.data
          ? t('stafflists.detailTitle', { name: detail.data.request.establishment.name })
          : t('stafflists.title')
      }
      actions={
        <Anchor component={Link} to="/followup/staff-lists">
          {t('stafflists.back')}
        </Anchor>
      }
    >
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <>
          <RequestFacts detail={detail.data} />
          <StaffListReport detail={detail.data} />
        </>
      )}
    </Page>
  );
}
