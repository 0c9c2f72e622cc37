import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { ApiError } from '../../../lib/api';
import { readAsBase64 } from '../../../lib/files';
import { useAnswer, type CorrectionDetail } from './api';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 5;
const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];

/** The supplier answers with an action plan and evidence (PDF, PNG or JPEG, 5 MB each). */
export function AnswerForm(props: {
  orgId: string;
  request: CorrectionDetail;
  onAnswered: () => void;
}) {
  const { orgId, request, onAnswered } = props;
  const { t } = useTranslation();
  const mutation = useAnswer(orgId, request.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [actionPlan, setActionPlan] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState(false);
  useUnsavedChanges(actionPlan.trim() !== '' || files.length > 0);
  const badFile = files.find(
    (file) =>
      file.size > MAX_BYTES ||
      !EXTENSIONS.includes(file.name.split('.').pop()?.toLowerCase() ?? ''),
  );
  const fileProblem = !checked
    ? undefined
    : files.length > MAX_FILES
      ? t('corrections.answer.tooMany', { count: MAX_FILES })
      : badFile
        ? t('corrections.answer.badFile', { name: badFile.name })
        : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!actionPlan.trim() || badFile || files.length > MAX_FILES) return;
    const evidence = await Promise.all(
      files.map(async (file) => ({ fileName: file.name, contentBase64: await readAsBase64(file) })),
    );
    mutation.mutate(
      { version: request.version, actionPlan: actionPlan.trim(), evidence },
      {
        onSuccess: () => {
          setActionPlan('');
          setFiles([]);
          setChecked(false);
          onAnswered();
        },
      },
    );
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('corrections.answer.title')}
        </Title>
        {mutation.isError && (
          <ErrorAlert error={mutation.error} shownFields={['actionPlan', 'evidence']} />
        )}
        <Textarea
          label={t('corrections.answer.actionPlan')}
          description={t('corrections.answer.actionPlanHelp')}
          value={actionPlan}
          onChange={(e) => setActionPlan(e.currentTarget.value)}
          autosize
          minRows={5}
          maxLength={8000}
          required
          error={
            (checked && !actionPlan.trim()
              ? t('corrections.answer.actionPlanRequired')
              : undefined) ?? apiError?.fieldError('actionPlan')
          }
        />
        <FileInput
          label={t('corrections.answer.evidence')}
          description={t('corrections.answer.evidenceHelp')}
          accept="application/pdf,image/png,image/jpeg"
          multiple
          value={files}
          onChange={setFiles}
          clearable
          error={fileProblem ?? apiError?.fieldError('evidence')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('corrections.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
