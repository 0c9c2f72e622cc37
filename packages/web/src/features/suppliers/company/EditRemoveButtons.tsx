import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A row's Edit and Remove buttons, each labelled with the row's name for screen readers. */
export function EditRemoveButtons({
  name,
  onEdit,
  onRemove,
}: {
  name: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        variant="default"
        size="xs"
        onClick={onEdit}
        aria-label={t('company.editNamed', { name })}
      >
        {t('company.edit')}
      </Button>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={onRemove}
        aria-label={t('company.removeNamed', { name })}
      >
        {t('company.remove')}
      </Button>
    </Group>
  );
}
