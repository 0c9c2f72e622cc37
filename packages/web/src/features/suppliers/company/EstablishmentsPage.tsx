import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EstablishmentDialog } from './EstablishmentDialog';
import { PlacesDialog } from './PlacesDialog';
import {
  ESTABLISHMENT_SORTS,
  useEstablishmentPage,
  type Establishment,
  type EstablishmentSort,
} from '../../../lib/company';
import { useSetEstablishmentClosed } from './api';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit'; establishment: Establishment | null }
  | { kind: 'places'; establishment: Establishment }
  | { kind: 'close'; establishment: Establishment };

export function EstablishmentsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canManage = hasPermission(PERMISSIONS.supplierProfileManage);
  const page = usePageState(ESTABLISHMENT_SORTS, { sort: 'name', order: 'asc' });
  const establishments = useEstablishmentPage(org.id, page);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const setClosed = useSetEstablishmentClosed(org.id);
  const close = () => {
    setClosed.reset();
    setDialog({ kind: 'none' });
  };
  const reopen = (e: Establishment) =>
    setClosed.mutate(
      { establishment: e, close: false },
      {
        onSuccess: (saved) =>
          setNotice(t('company.establishments.reopenedNotice', { name: saved.name })),
      },
    );

  const columns: DataColumn<Establishment, EstablishmentSort>[] = [
    {
      key: 'name',
      title: t('company.establishments.name'),
      sort: 'name',
      rowHeader: true,
      render: (e) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm" fw={500}>
            {e.name}
          </Text>
          {e.closedAt && (
            <StatusBadge tone="neutral">
              {t('company.establishments.closedSince', { date: f.date(e.closedAt) })}
            </StatusBadge>
          )}
        </Stack>
      ),
    },
    {
      key: 'serviceKind',
      title: t('company.establishments.serviceKind'),
      sort: 'serviceKind',
      render: (e) => t(`company.serviceKinds.${e.serviceKind}`),
    },
    {
      key: 'municipality',
      title: t('company.municipality'),
      render: (e) => e.municipalityName ?? e.municipalityCode,
    },
    {
      key: 'places',
      title: t('company.establishments.places'),
      sort: 'placesFree',
      render: (e) =>
        t('company.establishments.freeOfTotal', { free: e.placesFree, total: e.placesTotal }),
    },
    {
      key: 'placesUpdated',
      title: t('company.establishments.placesUpdated'),
      sort: 'placesUpdated',
      render: (e) => f.dateTime(e.placesUpdatedAt),
    },
    {
      key: 'ages',
      title: t('company.establishments.ages'),
      render: (e) => t('company.establishments.ageRange', { min: e.ageMin, max: e.ageMax }),
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (e) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {e.closedAt ? (
            <Button
              size="xs"
              variant="default"
              loading={setClosed.isPending && setClosed.variables.establishment.id === e.id}
              onClick={() => reopen(e)}
              aria-label={t('company.establishments.reopenNamed', { name: e.name })}
            >
              {t('company.establishments.reopen')}
            </Button>
          ) : (
            <>
              <Button
                size="xs"
                onClick={() => setDialog({ kind: 'places', establishment: e })}
                aria-label={t('company.places.openFor', { name: e.name })}
              >
                {t('company.places.open')}
              </Button>
              <Button
                variant="default"
                size="xs"
                onClick={() => setDialog({ kind: 'edit', establishment: e })}
                aria-label={t('company.editNamed', { name: e.name })}
              >
                {t('company.edit')}
              </Button>
              <Button
                variant="default"
                size="xs"
                onClick={() => setDialog({ kind: 'close', establishment: e })}
                aria-label={t('company.establishments.closeNamed', { name: e.name })}
              >
                {t('company.establishments.close')}
              </Button>
            </>
          )}
        </Group>
      ),
    });

  return (
    <Page
      title={t('company.establishments.title')}
      description={t('company.establishments.description')}
      actions={
        canManage && (
          <Button onClick={() => setDialog({ kind: 'edit', establishment: null })}>
            {t('company.establishments.add')}
          </Button>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {dialog.kind !== 'close' && setClosed.isError && <ErrorAlert error={setClosed.error} />}
      <DataTable
        caption={t('company.establishments.caption')}
        columns={columns}
        list={establishments}
        state={page}
        rowKey={(e) => e.id}
        empty={t('company.establishments.none')}
        emptyHint={canManage ? t('company.establishments.noneHelp') : undefined}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${org.id}/company/establishments/export`}
            params={page.params}
          />
        }
        minWidth={900}
      />
      {dialog.kind === 'edit' && (
        <EstablishmentDialog
          orgId={org.id}
          country={org.country}
          establishment={dialog.establishment}
          onClose={close}
          onSaved={(saved) => {
            close();
            setNotice(t('company.establishments.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog.kind === 'close' && (
        <ConfirmDialog
          title={t('company.establishments.closeTitle')}
          question={t('company.establishments.closeQuestion', { name: dialog.establishment.name })}
          confirmLabel={t('company.establishments.closeConfirm')}
          pending={setClosed.isPending}
          error={setClosed.error}
          onConfirm={() =>
            setClosed.mutate(
              { establishment: dialog.establishment, close: true },
              {
                onSuccess: (saved) => {
                  close();
                  setNotice(t('company.establishments.closedNotice', { name: saved.name }));
                },
              },
            )
          }
          onClose={close}
        />
      )}
      {dialog.kind === 'places' && (
        <PlacesDialog
          orgId={org.id}
          establishment={dialog.establishment}
          onClose={close}
          onSaved={(saved) => {
            close();
            setNotice(
              t('company.places.saved', {
                name: saved.name,
                free: saved.placesFree,
                total: saved.placesTotal,
              }),
            );
          }}
        />
      )}
    </Page>
  );
}
