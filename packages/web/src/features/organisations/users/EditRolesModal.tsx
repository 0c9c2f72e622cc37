import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnownRole, Member } from '../../../lib/types';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useUpdateMemberRoles } from './api';

interface EditRolesModalProps {
  orgId: string;
  member: Member;
  onClose: () => void;
  onSaved: (member: Member) => void;
}

export function EditRolesModal({ orgId, member, onClose, onSaved }: EditRolesModalProps) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<KnownRole[]>(member.roles);
  const [noneChosen, setNoneChosen] = useState(false);
  const mutation = useUpdateMemberRoles(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) {
      setNoneChosen(true);
      return;
    }
    mutation.mutate(
      { userId: member.userId, roles },
      { onSuccess: (updated) => onSaved({ ...member, ...updated }) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.editRolesTitle', { name: member.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={['roles']} />}
          <RoleCheckboxes
            orgId={orgId}
            value={roles}
            onChange={(next) => {
              setRoles(next);
              setNoneChosen(false);
            }}
            alsoShow={member.roles}
            error={noneChosen ? t('users.chooseRole') : apiError?.fieldError('roles')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('users.saveRoles')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
