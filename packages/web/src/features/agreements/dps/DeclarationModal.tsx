import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAnswerDeclaration } from './api';
import type { DeclarationRequest } from './types';

/** Answer a request for an updated self-declaration: every declaration again, yes or no. */
export function DeclarationModal({
  orgId,
  request,
  onClose,
  onAnswered,
}: {
  orgId: string;
  request: DeclarationRequest;
  onClose: () => void;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useAnswerDeclaration(orgId, request.id);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [checked, setChecked] = useState(false);
  const requirements = request.requirements ?? [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (requirements.some((r) => answers[r.id] === undefined)) return;
    mutation.mutate(
      requirements.map((r) => ({ requirementId: r.id, declared: answers[r.id]! })),
      { onSuccess: onAnswered },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('dps.declaration.title', { dps: request.dps.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('dps.declaration.due', { date: f.dateTime(request.dueAt) })}</Text>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {requirements.map((r) => (
            <Radio.Group
              key={r.id}
              label={r.text}
              value={answers[r.id] === undefined ? '' : String(answers[r.id])}
              onChange={(v) => setAnswers((all) => ({ ...all, [r.id]: v === 'true' }))}
              error={
                checked && answers[r.id] === undefined ? t('dps.apply.answerRequired') : undefined
              }
              required
            >
              <Group gap="lg" mt={6}>
                <Radio value="true" label={t('dps.answer.yes')} />
                <Radio value="false" label={t('dps.answer.no')} />
              </Group>
            </Radio.Group>
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('dps.declaration.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
