import { FileInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from '../../../lib/files';
import { FormDialog } from '../../../components/FormDialog';
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
/** The server names the file's parts; the form shows them on the one file input. */
const FILE_FIELDS = { contentBase64: 'file', contentType: 'file', fileName: 'file' } as const;

function contentTypeOf(file: File): string {
  return file.type || TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
}

export function UploadDialog(props: {
  orgId: string;
  onClose: () => void;
  onUploaded: (document: ComplianceDocument) => void;
}) {
  const { orgId, onClose, onUploaded } = props;
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      kind: 'insurance' as DocumentKind,
      title: '',
      validUntil: '',
      file: null as File | null,
    },
    validate: {
      title: (title) => (title.trim() ? null : t('documents.upload.titleRequired')),
      file: (file) =>
        !file
          ? t('documents.upload.fileRequired')
          : file.size > MAX_BYTES
            ? t('documents.upload.tooLarge')
            : !Object.values(TYPE_BY_EXTENSION).includes(contentTypeOf(file))
              ? t('documents.upload.wrongType')
              : null,
    },
  });
  const mutation = useUploadDocument(orgId);

  const toVariables = async ({ kind, title, validUntil, file }: typeof form.values) => {
    // The validation has made sure of a file.
    const chosen = file!;
    return {
      kind,
      title: title.trim(),
      validUntil: validUntil || null,
      fileName: chosen.name,
      contentType: contentTypeOf(chosen),
      contentBase64: await readAsBase64(chosen),
    };
  };

  return (
    <FormDialog
      title={t('documents.upload.title')}
      size="lg"
      form={form}
      mutation={mutation}
      serverFields={FILE_FIELDS}
      toVariables={toVariables}
      onSaved={onUploaded}
      onClose={onClose}
      submitLabel={t('documents.upload.submit')}
    >
      <Select
        label={t('documents.kindLabel')}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
        {...form.getInputProps('kind')}
        allowDeselect={false}
        required
        data-autofocus
      />
      <TextInput
        label={t('documents.upload.titleLabel')}
        {...form.getInputProps('title')}
        maxLength={200}
        required
      />
      <TextInput
        type="date"
        label={t('documents.validUntil')}
        description={t('documents.upload.validUntilHelp')}
        {...form.getInputProps('validUntil')}
      />
      <FileInput
        label={t('documents.upload.file')}
        description={t('documents.upload.fileHelp')}
        accept="application/pdf,image/png,image/jpeg"
        {...form.getInputProps('file')}
        clearable
        required
      />
    </FormDialog>
  );
}
