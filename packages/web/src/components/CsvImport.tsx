// A CSV file imported whole or not at all: the reader picks or pastes the file, previews it row
// by row, and imports only what was previewed and has no rejected row. A refused import (422)
// says nothing was imported. Each area gives its file's header, its words and its report tables.
import { useState, type ReactNode } from 'react';
import { Alert, Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { ApiError } from '../lib/api';
import { ErrorAlert } from './ErrorAlert';
import { SuccessNotice } from './SuccessNotice';

const MAX_CSV_CHARS = 1_000_000;

/** What both a preview and an import answer: a problem with the whole file, or the rows. */
export interface CsvImportReport {
  fileProblem?: { message: string } | null;
  accepted: readonly unknown[];
  rejected: readonly unknown[];
}

/** The area's own words for the form, already in the reader's language. */
export interface CsvImportTexts {
  help: string;
  file: string;
  content: string;
  contentHelp?: string;
  preview: string;
  submit: string;
  /** Said when the content changed after the preview (importing then waits for a new one). */
  changedSincePreview: string;
  /** The title of a refused import's alert. */
  refused: string;
  /** The title of the alert when the file cannot be read at all. */
  fileProblem?: string;
}

type CsvMutation<R> = Pick<
  UseMutationResult<R, Error, string>,
  'mutate' | 'reset' | 'isPending' | 'isError' | 'error' | 'data'
>;

export function CsvImport<R extends CsvImportReport>({
  header,
  texts,
  preview,
  importer,
  summary,
  done,
  children,
}: {
  /** The file's header row, shown so the reader can build the file. */
  header: string;
  texts: CsvImportTexts;
  preview: CsvMutation<R>;
  importer: CsvMutation<R>;
  /** The preview in a sentence: how many rows accepted and rejected. */
  summary: (report: R) => string;
  /** The notice after an import. */
  done: (imported: R) => string;
  /** The preview's rows (rejected with their reasons, and what would be imported). */
  children: (report: R) => ReactNode;
}) {
  const [csv, setCsv] = useState('');
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A refused import answers 422 with the same report: the preview stays in place.
  const refused =
    importer.error instanceof ApiError && importer.error.status === 422 ? importer.error : null;
  const report = preview.data;
  const canImport =
    report !== undefined &&
    previewed === csv &&
    !report.fileProblem &&
    report.rejected.length === 0;
  const change = (text: string) => {
    setCsv(text);
    setNotice(null);
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{texts.help}</Text>
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {header}
      </Text>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <FileInput
        label={texts.file}
        accept=".csv,text/csv,text/plain"
        clearable
        onChange={(file) => {
          if (file) void file.text().then(change);
        }}
      />
      <Textarea
        label={texts.content}
        description={texts.contentHelp}
        value={csv}
        onChange={(e) => change(e.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={14}
        maxLength={MAX_CSV_CHARS}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group gap="sm">
        <Button
          variant="default"
          disabled={!csv.trim()}
          loading={preview.isPending}
          onClick={() => {
            importer.reset();
            preview.mutate(csv, { onSuccess: () => setPreviewed(csv) });
          }}
        >
          {texts.preview}
        </Button>
        <Button
          disabled={!canImport}
          loading={importer.isPending}
          onClick={() =>
            importer.mutate(csv, {
              onSuccess: (imported) => {
                setNotice(done(imported));
                setCsv('');
                setPreviewed(null);
                preview.reset();
              },
            })
          }
        >
          {texts.submit}
        </Button>
      </Group>
      {report && previewed !== csv && <Text size="sm">{texts.changedSincePreview}</Text>}
      {preview.isError && <ErrorAlert error={preview.error} />}
      {refused && (
        <Alert color="red" variant="light" role="alert" title={texts.refused}>
          {refused.detail}
        </Alert>
      )}
      {importer.isError && !refused && <ErrorAlert error={importer.error} />}
      {report?.fileProblem && (
        <Alert color="red" variant="light" role="alert" title={texts.fileProblem}>
          {report.fileProblem.message}
        </Alert>
      )}
      {report && !report.fileProblem && (
        <>
          <Text size="sm" role="status">
            {summary(report)}
          </Text>
          {children(report)}
        </>
      )}
    </Stack>
  );
}
