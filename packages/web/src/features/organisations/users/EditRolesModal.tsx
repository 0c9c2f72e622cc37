import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../lib/types';
import { FormDialog } from '../../../components/FormDialog';
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
  const form = useForm({
    initialValues: { roles: member.roles },
    validate: { roles: (roles) => (roles.length > 0 ? null : t('users.chooseRole')) },
  });
  const mutation = useUpdateMemberRoles(orgId);

  return (
    <FormDialog
      title={t('users.editRolesTitle', { name: member.name })}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={({ roles }) => ({ userId: member.userId, roles })}
      onSaved={(updated) => onSaved({ ...member, ...updated })}
      onClose={onClose}
      submitLabel={t('users.saveRoles')}
      intro={
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
      }
    >
      <RoleCheckboxes
        orgId={orgId}
        {...form.getInputProps('roles')}
        value={form.values.roles}
        alsoShow={member.roles}
      />
    </FormDialog>
  );
}
