import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
    <Modal
      opened
      onClose={onClose}
      title={t('users.removeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>
          {t('users.removeConfirm', {
            name: member.name,
            email: member.email,
            organisation: organisationName,
          })}
        </Text>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={mutation.isPending}
            onClick={() => mutation.mutate(member.userId, { onSuccess: onRemoved })}
          >
            {t('users.removeSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
