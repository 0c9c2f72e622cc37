import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { readAsBase64 } from '../../../lib/files';
import { ErrorAlert } from '../../../components/ErrorAlert';
import {
  DOCUMENT_KINDS,
  useUploadDocument,
  type ComplianceDocument,
  type DocumentKind,
} from './api';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const FIELDS = ['kind', 'title', 'validUntil', 'fileName', 'contentType', 'contentBase64'];

export function UploadDialog(props: {
  orgId: string;
  onClose: () => void;
  onUploaded: (document: ComplianceDocument) => void;
}) {
  const { orgId, onClose, onUploaded } = props;
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('insurance');
  const [title, setTitle] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  const mutation = useUploadDocument(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const contentType = file
    ? file.type || TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || ''
    : '';
  const fileProblem = !checked
    ? undefined
    : !file
      ? t('documents.upload.fileRequired')
      : file.size > MAX_BYTES
        ? t('documents.upload.tooLarge')
        : !Object.values(TYPE_BY_EXTENSION).includes(contentType)
          ? t('documents.upload.wrongType')
          : undefined;
  const titleProblem = checked && !title.trim() ? t('documents.upload.titleRequired') : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (
      !file ||
      !title.trim() ||
      file.size > MAX_BYTES ||
      !Object.values(TYPE_BY_EXTENSION).includes(contentType)
    )
      return;
    const contentBase64 = await readAsBase64(file);
    mutation.mutate(
      {
        kind,
        title: title.trim(),
        validUntil: validUntil || null,
        fileName: file.name,
        contentType,
        contentBase64,
      },
      { onSuccess: onUploaded },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('documents.upload.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('documents.kindLabel')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind((v as DocumentKind) ?? 'insurance')}
            allowDeselect={false}
            required
            data-autofocus
          />
          <TextInput
            label={t('documents.upload.titleLabel')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            required
            error={titleProblem ?? apiError?.fieldError('title')}
          />
          <TextInput
            type="date"
            label={t('documents.validUntil')}
            description={t('documents.upload.validUntilHelp')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={apiError?.fieldError('validUntil')}
          />
          <FileInput
            label={t('documents.upload.file')}
            description={t('documents.upload.fileHelp')}
            accept="application/pdf,image/png,image/jpeg"
            value={file}
            onChange={setFile}
            clearable
            required
            error={
              fileProblem ??
              apiError?.fieldError('contentBase64') ??
              apiError?.fieldError('contentType') ??
              apiError?.fieldError('fileName')
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('documents.upload.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
