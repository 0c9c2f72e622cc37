import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useCorrectionChoices } from '../corrections/api';
import { useWriteNote } from './api';

const FIELDS = ['agreementId', 'supplierId', 'establishmentId', 'text', 'sensitive', 'concern'];

/** An officer writes a note about the supplier on one of the body's agreements. */
export function WriteNoteDialog(props: {
  orgId: string;
  supplierId: string;
  agreementId?: string;
  onClose: () => void;
}) {
  const { orgId, supplierId, onClose } = props;
  const { t } = useTranslation();
  const choices = useCorrectionChoices(orgId);
  const mutation = useWriteNote(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const agreements = (choices.data?.agreements ?? []).filter((a) =>
    a.suppliers.some((s) => s.id === supplierId),
  );
  const [agreementId, setAgreementId] = useState<string | null>(props.agreementId ?? null);
  const [establishmentId, setEstablishmentId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [sensitive, setSensitive] = useState(false);
  const [concern, setConcern] = useState(false);
  const [checked, setChecked] = useState(false);
  const chosen = agreementId ?? (agreements.length === 1 ? agreements[0]!.id : null);
  const establishments =
    agreements.find((a) => a.id === chosen)?.suppliers.find((s) => s.id === supplierId)
      ?.establishments ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!chosen || !text.trim()) return;
    mutation.mutate(
      { agreementId: chosen, supplierId, establishmentId, text: text.trim(), sensitive, concern },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('logbook.write.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {choices.isError && <ErrorAlert error={choices.error} />}
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('logbook.write.agreement')}
            data={agreements.map((a) => ({ value: a.id, label: `${a.reference} ${a.title}` }))}
            value={chosen}
            onChange={setAgreementId}
            required
            error={
              (checked && !chosen ? t('logbook.write.agreementRequired') : undefined) ??
              apiError?.fieldError('agreementId') ??
              apiError?.fieldError('supplierId')
            }
          />
          <Select
            label={t('logbook.write.establishment')}
            description={t('logbook.write.establishmentHelp')}
            data={establishments.map((e) => ({ value: e.id, label: e.name }))}
            value={establishmentId}
            onChange={setEstablishmentId}
            clearable
            error={apiError?.fieldError('establishmentId')}
          />
          <Textarea
            label={t('logbook.write.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={4}
            maxLength={4000}
            required
            error={
              (checked && !text.trim() ? t('logbook.write.textRequired') : undefined) ??
              apiError?.fieldError('text')
            }
          />
          <Checkbox
            label={t('logbook.write.sensitive')}
            description={t('logbook.write.sensitiveHelp')}
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('logbook.write.concern')}
            description={t('logbook.write.concernHelp')}
            checked={concern}
            onChange={(e) => setConcern(e.currentTarget.checked)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('logbook.write.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
