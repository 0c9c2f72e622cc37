import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { EditRemoveButtons } from './EditRemoveButtons';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConsultantDialog } from './ConsultantDialog';
import {
  CONSULTANT_SORTS,
  useConsultantPage,
  type Consultant,
  type ConsultantSort,
} from '../../../lib/company';
import { useRemoveConsultant } from './api';
import { formatList } from './lists';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit'; consultant: Consultant | null }
  | { kind: 'remove'; consultant: Consultant };

export function ConsultantsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canManage = hasPermission(PERMISSIONS.supplierProfileManage);
  const page = usePageState(CONSULTANT_SORTS, { sort: 'name', order: 'asc' });
  const consultants = useConsultantPage(org.id, page);
  const remove = useRemoveConsultant(org.id);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog({ kind: 'none' });

  const columns: DataColumn<Consultant, ConsultantSort>[] = [
    {
      key: 'name',
      title: t('company.consultants.name'),
      sort: 'name',
      rowHeader: true,
      render: (c) => (
        <Text size="sm" fw={500}>
          {c.name}
        </Text>
      ),
    },
    {
      key: 'educations',
      title: t('company.consultants.educations'),
      render: (c) =>
        c.educations.map((e) => `${t(`company.educations.${e.code}`)} (${e.year})`).join(', '),
    },
    {
      key: 'experience',
      title: t('company.consultants.experience'),
      render: (c) =>
        c.experience
          .map((x) =>
            t('company.consultants.yearsIn', {
              area: t(`company.areas.${x.area}`),
              count: x.years,
            }),
          )
          .join(', '),
    },
    { key: 'languages', title: t('company.languages'), render: (c) => formatList(c.languages) },
    {
      key: 'availability',
      title: t('company.consultants.availability'),
      sort: 'availableFrom',
      render: (c) =>
        c.availableFrom
          ? t('company.consultants.availableFromExtent', {
              date: f.date(c.availableFrom),
              extent: c.availableExtentPercent ?? 100,
            })
          : t('company.consultants.notAvailable'),
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (c) => (
        <EditRemoveButtons
          name={c.name}
          onEdit={() => setDialog({ kind: 'edit', consultant: c })}
          onRemove={() => {
            remove.reset();
            setDialog({ kind: 'remove', consultant: c });
          }}
        />
      ),
    });

  return (
    <Page
      title={t('company.consultants.title')}
      description={t('company.consultants.description')}
      actions={
        canManage && (
          <Button onClick={() => setDialog({ kind: 'edit', consultant: null })}>
            {t('company.consultants.add')}
          </Button>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <DataTable
        caption={t('company.consultants.caption')}
        columns={columns}
        list={consultants}
        state={page}
        rowKey={(c) => c.id}
        empty={t('company.consultants.none')}
        emptyHint={canManage ? t('company.consultants.noneHelp') : undefined}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${org.id}/company/consultants/export`}
            params={page.params}
          />
        }
        minWidth={900}
      />
      {dialog.kind === 'edit' && (
        <ConsultantDialog
          orgId={org.id}
          consultant={dialog.consultant}
          onClose={close}
          onSaved={(saved) => {
            close();
            setNotice(t('company.consultants.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog.kind === 'remove' && (
        <ConfirmDialog
          title={t('company.consultants.removeTitle')}
          question={t('company.consultants.removeQuestion', { name: dialog.consultant.name })}
          confirmLabel={t('company.remove')}
          pending={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() =>
            remove.mutate(dialog.consultant.id, {
              onSuccess: () => {
                close();
                setNotice(t('company.consultants.removed', { name: dialog.consultant.name }));
              },
            })
          }
        />
      )}
    </Page>
  );
}
