import { useTranslation } from 'react-i18next';
import type { Member } from '../../../lib/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useRemoveMember } from './api';

interface RemoveMemberModalProps {
  orgId: string;
  organisationName: string;
  member: Member;
  onClose: () => void;
  onRemoved: () => void;
}

export function RemoveMemberModal({
  orgId,
  organisationName,
  member,
  onClose,
  onRemoved,
}: RemoveMemberModalProps) {
  const { t } = useTranslation();
  const mutation = useRemoveMember(orgId);
  return (
    <ConfirmDialog
      title={t('users.removeTitle')}
      question={t('users.removeConfirm', {
        name: member.name,
        email: member.email,
        organisation: organisationName,
      })}
      confirmLabel={t('users.removeSubmit')}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate(member.userId, { onSuccess: onRemoved })}
      onClose={onClose}
    />
  );
}
