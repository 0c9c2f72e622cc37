import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERMIT_OBSERVATIONS } from '@tildel/domain/followup/permit-check';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { usePermitCheck, type Checklist } from './api';

const FIELDS = ['seen', 'note', 'decisionReference', 'permitId'];

/**
 * Marks the permit check done. What was seen is required (the server says so per field): a check
 * without it would say nothing when a placement, a letter or a hiding later leans on it.
 */
export function PermitCheckDialog(props: {
  orgId: string;
  checklist: Checklist;
  onClose: () => void;
  onDone: () => void;
}) {
  const { orgId, checklist, onClose, onDone } = props;
  const { t } = useTranslation();
  const mutation = usePermitCheck(orgId, checklist.establishment.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [permitId, setPermitId] = useState<string | null>(null);
  const [seen, setSeen] = useState<string>('');
  const [note, setNote] = useState('');
  const [decisionReference, setDecisionReference] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        permitId,
        seen: seen || null,
        note,
        decisionReference: decisionReference.trim() || null,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('followup.check.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          {checklist.permits.length > 1 && (
            <Select
              label={t('followup.check.permit')}
              placeholder={t('followup.check.allPermits')}
              data={checklist.permits.map((p) => ({
                value: p.id,
                label: `${p.authority} ${p.reference}`,
              }))}
              value={permitId}
              onChange={setPermitId}
              clearable
              error={apiError?.fieldError('permitId')}
            />
          )}
          <Radio.Group
            label={t('followup.check.seen')}
            description={t('followup.check.seenHelp')}
            value={seen}
            onChange={setSeen}
            required
            error={apiError?.fieldError('seen')}
          >
            <Stack gap="xs" mt="xs">
              {PERMIT_OBSERVATIONS.map((value) => (
                <Radio key={value} value={value} label={t(`followup.seen.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('followup.check.note')}
            description={t('followup.check.noteHelp')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={4000}
            error={apiError?.fieldError('note')}
          />
          <TextInput
            label={t('followup.check.decisionReference')}
            description={t('followup.check.decisionReferenceHelp')}
            value={decisionReference}
            onChange={(e) => setDecisionReference(e.currentTarget.value)}
            maxLength={200}
            error={apiError?.fieldError('decisionReference')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.check.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
