import { useTranslation } from 'react-i18next';
import { useDeleteLot } from './api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Lot } from './types';

/** Confirms deleting a lot of a draft, saying that its suppliers and lot requirements go too. */
export function DeleteLotDialog({
  orgId,
  agreementId,
  lot,
  onClose,
  onDeleted,
}: {
  orgId: string;
  agreementId: string;
  lot: Lot;
  onClose: () => void;
  onDeleted: (lotLabel: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useDeleteLot(orgId, agreementId);
  const lotLabel = t('agreements.lotLabel', { number: lot.number, name: lot.name });
  return (
    <ConfirmDialog
      title={t('agreements.deleteLot.title')}
      question={t('agreements.deleteLot.question', {
        lot: lotLabel,
        count: lot.suppliers.length,
      })}
      confirmLabel={t('agreements.deleteLot.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate(lot.id, { onSuccess: () => onDeleted(lotLabel) })}
      onClose={onClose}
    />
  );
}
