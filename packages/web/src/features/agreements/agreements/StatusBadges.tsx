import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { AgreementStatus, SupplierStatus } from './types';

const AGREEMENT_TONE: Record<AgreementStatus, Tone> = {
  draft: 'waiting',
  active: 'positive',
  expired: 'neutral',
  terminated: 'negative',
};

const SUPPLIER_TONE: Record<SupplierStatus, Tone> = {
  active: 'positive',
  hidden: 'waiting',
  terminated: 'negative',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={AGREEMENT_TONE[status]}>{t(`agreements.status.${status}`)}</StatusBadge>
  );
}

export function SupplierStatusBadge({ status }: { status: SupplierStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={SUPPLIER_TONE[status]}>
      {t(`agreements.supplierStatus.${status}`)}
    </StatusBadge>
  );
}
