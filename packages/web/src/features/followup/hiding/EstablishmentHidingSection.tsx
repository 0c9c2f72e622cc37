import { useState } from 'react';
import { Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useFormatters } from '../../../lib/format';
import { useEstablishmentHidings, type EstablishmentHiding } from './api';
import { HideEstablishmentDialog } from './HideEstablishmentDialog';
import { LiftHidingDialog } from './LiftHidingDialog';

/**
 * The agreement page's list of establishments hidden on the agreement (the whole supplier is
 * hidden on its lot row); the body's quality officers hide and lift here.
 */
export function EstablishmentHidingSection({
  orgId,
  agreementId,
  today,
  canManage,
}: {
  orgId: string;
  agreementId: string;
  today: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const hidings = useEstablishmentHidings(orgId, agreementId);
  const [dialog, setDialog] = useState<'hide' | EstablishmentHiding | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = hidings.data?.items ?? [];
  return (
    <section aria-labelledby="establishment-hidings">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="establishment-hidings">
          {t('hiding.section.title')}
        </Title>
        {canManage && hidings.data && (
          <Button variant="light" onClick={() => setDialog('hide')}>
            {t('hiding.hideDialog.open')}
          </Button>
        )}
      </Group>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {hidings.isPending && <Loading />}
      {hidings.isError && (
        <ErrorAlert error={hidings.error} onRetry={() => void hidings.refetch()} />
      )}
      {hidings.data && items.length === 0 && <Text>{t('hiding.section.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('hiding.section.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hiding.section.establishment')}</Table.Th>
                <Table.Th scope="col">{t('hiding.section.supplier')}</Table.Th>
                <Table.Th scope="col">{t('hiding.section.dates')}</Table.Th>
                <Table.Th scope="col">{t('hiding.reason')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('hiding.section.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Th scope="row">{h.establishmentName}</Table.Th>
                  <Table.Td>{h.supplierName}</Table.Td>
                  <Table.Td>
                    {h.hiddenTo
                      ? t('hiding.period', { from: f.date(h.hiddenFrom), to: f.date(h.hiddenTo) })
                      : t('hiding.fromDate', { date: f.date(h.hiddenFrom) })}
                  </Table.Td>
                  <Table.Td>{h.reason}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => setDialog(h)}>
                        {t('hiding.liftDialog.open', { name: h.establishmentName })}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog === 'hide' && hidings.data && (
        <HideEstablishmentDialog
          orgId={orgId}
          agreementId={agreementId}
          today={today}
          onClose={() => setDialog(null)}
          onDone={(name) => {
            setDialog(null);
            setNotice(t('hiding.hideDialog.done', { name }));
          }}
        />
      )}
      {dialog !== null && dialog !== 'hide' && (
        <LiftHidingDialog
          orgId={orgId}
          agreementId={agreementId}
          hiding={dialog}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setNotice(t('hiding.liftDialog.done', { name: dialog.establishmentName }));
          }}
        />
      )}
    </section>
  );
}
