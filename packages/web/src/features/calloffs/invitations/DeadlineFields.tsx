// The deadline as a date and a time in the call-off's country, with its time zone named.
import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DeadlineValue {
  date: string;
  time: string;
}

export function DeadlineFields({
  value,
  onChange,
  error,
  zoneName,
}: {
  value: DeadlineValue;
  onChange: (value: DeadlineValue) => void;
  error?: string;
  zoneName: string;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="sm">
      <TextInput
        type="date"
        required
        label={t('invitations.form.deadlineDate')}
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.currentTarget.value })}
        error={error}
      />
      <TextInput
        type="time"
        required
        label={t('invitations.form.deadlineTime', { zone: zoneName })}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.currentTarget.value })}
      />
    </Group>
  );
}
