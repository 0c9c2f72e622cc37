import { useState } from 'react';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { EditRemoveButtons } from './EditRemoveButtons';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConsultantDialog } from './ConsultantDialog';
import { useConsultants, type Consultant } from '../../../lib/company';
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
  const consultants = useConsultants(org.id);
  const remove = useRemoveConsultant(org.id);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog({ kind: 'none' });

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
      {consultants.isPending ? (
        <Loading />
      ) : consultants.isError ? (
        <ErrorAlert error={consultants.error} onRetry={() => void consultants.refetch()} />
      ) : consultants.data.items.length === 0 ? (
        <EmptyState title={t('company.consultants.none')}>
          {canManage ? t('company.consultants.noneHelp') : undefined}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Caption>
              <VisuallyHidden>{t('company.consultants.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('company.consultants.name')}</Table.Th>
                <Table.Th scope="col">{t('company.consultants.educations')}</Table.Th>
                <Table.Th scope="col">{t('company.consultants.experience')}</Table.Th>
                <Table.Th scope="col">{t('company.languages')}</Table.Th>
                <Table.Th scope="col">{t('company.consultants.availability')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consultants.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.educations
                      .map((e) => `${t(`company.educations.${e.code}`)} (${e.year})`)
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    {c.experience
                      .map((x) =>
                        t('company.consultants.yearsIn', {
                          area: t(`company.areas.${x.area}`),
                          count: x.years,
                        }),
                      )
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>{formatList(c.languages)}</Table.Td>
                  <Table.Td>
                    {c.availableFrom
                      ? t('company.consultants.availableFromExtent', {
                          date: f.date(c.availableFrom),
                          extent: c.availableExtentPercent ?? 100,
                        })
                      : t('company.consultants.notAvailable')}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <EditRemoveButtons
                        name={c.name}
                        onEdit={() => setDialog({ kind: 'edit', consultant: c })}
                        onRemove={() => {
                          remove.reset();
                          setDialog({ kind: 'remove', consultant: c });
                        }}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
