import { Group, Radio, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { FormDialog } from '../../../components/FormDialog';
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
  const requirements = request.requirements ?? [];
  const form = useForm({
    initialValues: {
      // "true", "false", or "" while unanswered; keyed as the server names errors ("answers.<id>").
      answers: Object.fromEntries(requirements.map((r) => [r.id, ''])),
    },
    validate: ({ answers }) =>
      Object.fromEntries(
        requirements.map((r) => [
          `answers.${r.id}`,
          answers[r.id] ? null : t('dps.apply.answerRequired'),
        ]),
      ),
  });
  return (
    <FormDialog
      title={t('dps.declaration.title', { dps: request.dps.title })}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={({ answers }) =>
        requirements.map((r) => ({ requirementId: r.id, declared: answers[r.id] === 'true' }))
      }
      onSaved={onAnswered}
      onClose={onClose}
      submitLabel={t('dps.declaration.submit')}
      intro={<Text size="sm">{t('dps.declaration.due', { date: f.dateTime(request.dueAt) })}</Text>}
    >
      {requirements.map((r) => (
        <Radio.Group key={r.id} label={r.text} {...form.getInputProps(`answers.${r.id}`)} required>
          <Group gap="lg" mt={6}>
            <Radio value="true" label={t('dps.answer.yes')} />
            <Radio value="false" label={t('dps.answer.no')} />
          </Group>
        </Radio.Group>
      ))}
    </FormDialog>
  );
}
