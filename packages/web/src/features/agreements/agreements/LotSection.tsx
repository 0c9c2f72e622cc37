import {
  ActionIcon,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { useRemoveLotSupplier, useRerankLot } from './api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { categoryName } from './names';
import { SupplierStatusBadge } from './StatusBadges';
import type { Lot, LotSupplier } from './types';

/** The lot's suppliers in ranking order with the one at `index` moved by `step` places. */
function moved(suppliers: LotSupplier[], index: number, step: -1 | 1): string[] {
  const ids = suppliers.map((s) => s.supplierId);
  const [id] = ids.splice(index, 1);
  ids.splice(index + step, 0, id!);
  return ids;
}

/**
 * One lot: its category, area and call-off method, and the ranked suppliers with status and
 * price. While drafting the owner edits or deletes the lot and adds and removes suppliers (asked
 * to confirm a removal); it reranks while the agreement runs.
 */
export function LotSection({
  orgId,
  agreementId,
  lot,
  today,
  canDraft,
  canRerank,
  canChangeStatus,
  onEdit,
  onDelete,
  onAddSupplier,
  onChangeStatus,
  onShowTimeline,
  municipalityName,
}: {
  orgId: string;
  agreementId: string;
  lot: Lot;
  /** A municipality's name by its code, for the lot's area (the code where none is known). */
  municipalityName: (code: string) => string;
  today: string;
  canDraft: boolean;
  canRerank: boolean;
  canChangeStatus: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onAddSupplier: () => void;
  onChangeStatus: (supplier: LotSupplier) => void;
  onShowTimeline: (supplier: LotSupplier) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const rerank = useRerankLot(orgId, agreementId, lot.id);
  const remove = useRemoveLotSupplier(orgId, agreementId, lot.id);
  const [leaving, setLeaving] = useState<LotSupplier | null>(null);
  const busy = rerank.isPending || remove.isPending;
  const m = lot.method;
  const last = lot.suppliers.length - 1;
  const lotLabel = t('agreements.lotLabel', { number: lot.number, name: lot.name });
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          {lotLabel}
        </Title>
        {canDraft && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onAddSupplier}>
              {t('agreements.supplierDialog.open')}
              <VisuallyHidden>: {lotLabel}</VisuallyHidden>
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('agreements.editLot')}
              <VisuallyHidden>: {lotLabel}</VisuallyHidden>
            </Button>
            <Button size="xs" variant="outline" color="red.9" onClick={onDelete}>
              {t('agreements.deleteLot.open')}
              <VisuallyHidden>: {lotLabel}</VisuallyHidden>
            </Button>
          </Group>
        )}
      </Group>
      {rerank.isError && <ErrorAlert error={rerank.error} />}
      <Text size="sm">
        {categoryName(lot.category, f.locale)} ·{' '}
        {lot.areaMunicipalityCodes.length > 0
          ? t('agreements.area', {
              names: lot.areaMunicipalityCodes.map(municipalityName).join(', '),
            })
          : t('agreements.areaAll')}
      </Text>
      <Text size="sm">
        {m.kind === 'volume_rule'
          ? t('agreements.method.volume_rule', {
              threshold: m.threshold,
              unit: t(`agreements.unit.${m.unit ?? 'day'}`),
            })
          : t(`agreements.method.${m.kind}`)}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Caption>
            {t('agreements.suppliersCaption', { number: lot.number, name: lot.name })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.rank')}</Table.Th>
              <Table.Th scope="col">{t('agreements.supplier')}</Table.Th>
              <Table.Th scope="col">{t('agreements.statusLabel')}</Table.Th>
              <Table.Th scope="col">{t('agreements.price')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lot.suppliers.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('agreements.noSuppliers')}</Table.Td>
              </Table.Tr>
            )}
            {lot.suppliers.map((s, index) => (
              <Table.Tr key={s.supplierId}>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <span>{s.rank}</span>
                    {canRerank && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          disabled={index === 0 || busy}
                          aria-label={t('agreements.moveUp', { name: s.name })}
                          onClick={() => rerank.mutate(moved(lot.suppliers, index, -1))}
                        >
                          <span aria-hidden="true">↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          disabled={index === last || busy}
                          aria-label={t('agreements.moveDown', { name: s.name })}
                          onClick={() => rerank.mutate(moved(lot.suppliers, index, 1))}
                        >
                          <span aria-hidden="true">↓</span>
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>
                  <SupplierStatusBadge status={s.effectiveStatus} />
                  {s.status === 'hidden' && (
                    <Text size="sm">
                      {s.hiddenTo
                        ? t('agreements.hiddenBetween', {
                            from: f.date(s.hiddenFrom),
                            to: f.date(s.hiddenTo),
                          })
                        : t('agreements.hiddenFrom', { from: f.date(s.hiddenFrom) })}
                      {s.reason ? ` – ${s.reason}` : ''}
                    </Text>
                  )}
                  {s.status === 'terminated' && (
                    <Text size="sm">
                      {t('agreements.terminatedOn', { date: f.date(s.terminatedOn) })}
                      {s.reason ? ` – ${s.reason}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {s.price
                    ? `${money(s.price.amountMinor, s.price.currency)} ${t(`agreements.unitPer.${s.price.unit}`)}`
                    : '–'}
                  {s.price && s.price.validFrom > today && (
                    <Text size="sm">
                      {t('agreements.priceFrom', { date: f.date(s.price.validFrom) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onShowTimeline(s)}>
                      {t('agreements.timeline.open')}
                      <VisuallyHidden>: {s.name}</VisuallyHidden>
                    </Button>
                    {canChangeStatus && s.status !== 'terminated' && (
                      <Button size="xs" variant="light" onClick={() => onChangeStatus(s)}>
                        {t('agreements.statusDialog.open')}
                        <VisuallyHidden>: {s.name}</VisuallyHidden>
                      </Button>
                    )}
                    {canDraft && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={busy}
                        onClick={() => {
                          remove.reset();
                          setLeaving(s);
                        }}
                      >
                        {t('agreements.removeSupplier')}
                        <VisuallyHidden>: {s.name}</VisuallyHidden>
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {leaving && (
        <ConfirmDialog
          title={t('agreements.removeSupplierConfirm.title')}
          question={t('agreements.removeSupplierConfirm.question', {
            name: leaving.name,
            lot: lotLabel,
          })}
          confirmLabel={t('agreements.removeSupplierConfirm.submit')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(leaving.supplierId, { onSuccess: () => setLeaving(null) })}
          onClose={() => setLeaving(null)}
        />
      )}
    </Stack>
  );
}
