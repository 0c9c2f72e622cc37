import { useState } from 'react';
import { Button, Group, NativeSelect } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { DataTable } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { usePageState } from '../../../lib/paging';
import { NEED_PAGE_DEFAULTS, NEED_SORTS, NEED_STATUSES, useNeeds, type NeedStatus } from './api';
import { useNeedColumns } from './NeedsTable';
import { NewNeedModal } from './NewNeedModal';

/** The municipality's needs, filtered by state and by whose they are. */
export function NeedsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const [status, setStatus] = useState<NeedStatus | ''>('');
  const [whose, setWhose] = useState<'mine' | 'all'>('all');
  const [choosing, setChoosing] = useState(false);
  const page = usePageState(NEED_SORTS, NEED_PAGE_DEFAULTS);
  const list = useNeeds(orgId, { status: status || undefined, mine: whose === 'mine' }, page);
  const columns = useNeedColumns();

  return (
    <Page
      title={t('needs.list.title')}
      description={t('needs.list.description')}
      actions={
        hasPermission(PERMISSIONS.needsManage) && (
          <Button onClick={() => setChoosing(true)}>{t('needs.list.new')}</Button>
        )
      }
    >
      <Group align="flex-end">
        <NativeSelect
          label={t('needs.list.filterStatus')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as NeedStatus | '');
            page.setPage(1);
          }}
        >
          <option value="">{t('needs.list.allStatuses')}</option>
          {NEED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`needs.status.${s}`)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('needs.list.filterWhose')}
          value={whose}
          onChange={(e) => {
            setWhose(e.currentTarget.value as 'mine' | 'all');
            page.setPage(1);
          }}
        >
          <option value="all">{t('needs.list.all')}</option>
          <option value="mine">{t('needs.list.mine')}</option>
        </NativeSelect>
      </Group>
      <DataTable
        caption={t('needs.list.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(n) => n.id}
        empty={t('needs.list.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/needs/export`}
            params={{ ...page.params, status, mine: whose === 'mine' }}
          />
        }
      />
      {choosing && (
        <NewNeedModal
          onClose={() => setChoosing(false)}
          onChosen={(kind) => navigate(`/needs/new/${kind}`)}
        />
      )}
    </Page>
  );
}
