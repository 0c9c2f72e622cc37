import { useTranslation } from 'react-i18next';
import { addMonths } from '@tildel/domain/agreement-period';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useFormatters } from '../../../lib/format';
import { useUseExtension } from './api';
import type { AgreementDetail } from './types';

/** Confirms using the next extension option, saying how far the end date moves. */
export function ExtendDialog({
  orgId,
  agreement,
  onClose,
  onExtended,
}: {
  orgId: string;
  agreement: AgreementDetail;
  onClose: () => void;
  onExtended: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useUseExtension(orgId, agreement.id);
  const months = agreement.extensionOptions[agreement.extensionsUsed] ?? 0;
  return (
    <ConfirmDialog
      title={t('agreements.extend.title')}
      question={t('agreements.extend.explain', {
        number: agreement.extensionsUsed + 1,
        total: agreement.extensionOptions.length,
        count: months,
        from: f.date(agreement.currentEndsOn),
        to: f.date(addMonths(agreement.currentEndsOn, months)),
      })}
      confirmLabel={t('agreements.extend.submit')}
      // Using an option agreed from the start ends nothing: the theme's blue, not the red of a
      // removal (ConfirmDialog's default also takes over an undefined colour).
      confirmColor={null}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate(agreement.version, { onSuccess: onExtended })}
      onClose={onClose}
    />
  );
}
