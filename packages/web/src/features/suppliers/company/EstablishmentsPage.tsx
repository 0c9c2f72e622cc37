import { useState } from 'react';
import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EstablishmentDialog } from './EstablishmentDialog';
import { PlacesDialog } from './PlacesDialog';
import { useEstablishments, type Establishment } from '../../../lib/company';
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
  const establishments = useEstablishments(org.id);
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
      {establishments.isPending ? (
        <Loading />
      ) : establishments.isError ? (
        <ErrorAlert error={establishments.error} onRetry={() => void establishments.refetch()} />
      ) : establishments.data.items.length === 0 ? (
        <EmptyState title={t('company.establishments.none')}>
          {canManage ? t('company.establishments.noneHelp') : undefined}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Caption>
              <VisuallyHidden>{t('company.establishments.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('company.establishments.name')}</Table.Th>
                <Table.Th scope="col">{t('company.establishments.serviceKind')}</Table.Th>
                <Table.Th scope="col">{t('company.municipality')}</Table.Th>
                <Table.Th scope="col">{t('company.establishments.places')}</Table.Th>
                <Table.Th scope="col">{t('company.establishments.placesUpdated')}</Table.Th>
                <Table.Th scope="col">{t('company.establishments.ages')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {establishments.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>{t(`company.serviceKinds.${e.serviceKind}`)}</Table.Td>
                  <Table.Td>{e.municipalityName ?? e.municipalityCode}</Table.Td>
                  <Table.Td>
                    {t('company.establishments.freeOfTotal', {
                      free: e.placesFree,
                      total: e.placesTotal,
                    })}
                  </Table.Td>
                  <Table.Td>{f.dateTime(e.placesUpdatedAt)}</Table.Td>
                  <Table.Td>
                    {t('company.establishments.ageRange', { min: e.ageMin, max: e.ageMax })}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        {e.closedAt ? (
                          <Button
                            size="xs"
                            variant="default"
                            loading={
                              setClosed.isPending && setClosed.variables.establishment.id === e.id
                            }
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
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
