import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FINDING_OUTCOMES } from '@tildel/domain/followup/findings';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { readAsBase64 } from '../../../lib/files';
import { useChecklist, useRecordVisit } from './api';

const FIELDS = ['visitedOn', 'participants', 'summary', 'findings', 'logbookNote', 'documents'];

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The record of a visit: date, participants, a finding per requirement, documents, a note. */
export function RecordVisitPage() {
  const [params] = useSearchParams();
  const establishmentId = params.get('establishmentId') ?? '';
  const agreementId = params.get('agreementId') ?? '';
  const plannedVisitId = params.get('plannedVisitId');
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const checklist = useChecklist(orgId, establishmentId);
  const mutation = useRecordVisit(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [visitedOn, setVisitedOn] = useState(localToday);
  const [participants, setParticipants] = useState('');
  const [summary, setSummary] = useState('');
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [sensitive, setSensitive] = useState(false);
  const [concern, setConcern] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  useUnsavedChanges(
    [participants, summary, note, ...Object.values(texts)].some((text) => text.trim() !== '') ||
      Object.keys(outcomes).length > 0 ||
      files.length > 0,
  );

  if (checklist.isPending) return <Loading />;
  if (checklist.isError)
    return (
      <Page title={t('followup.visit.newTitle')}>
        <ErrorAlert error={checklist.error} />
      </Page>
    );
  const agreement = checklist.data.agreements.find((a) => a.id === agreementId);
  const requirements = agreement?.requirements ?? [];
  const findingError = (requirementId: string, field: string) => {
    const index = sent.indexOf(requirementId);
    return index < 0 ? undefined : apiError?.fieldError(`findings.${index}.${field}`);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const assessed = requirements.filter((r) => outcomes[r.id]);
    setSent(assessed.map((r) => r.id));
    const documents = await Promise.all(
      files.map(async (file) => ({ fileName: file.name, contentBase64: await readAsBase64(file) })),
    );
    mutation.mutate(
      {
        agreementId,
        establishmentId,
        plannedVisitId,
        visitedOn,
        participants: participants
          .split('\n')
          .map((p) => p.trim())
          .filter(Boolean),
        summary: summary.trim(),
        findings: assessed.map((r) => ({
          requirementId: r.id,
          outcome: outcomes[r.id]!,
          text: texts[r.id]?.trim() ?? '',
        })),
        logbookNote: note.trim() ? { text: note.trim(), sensitive, concern } : null,
        documents,
      },
      {
        onSuccess: (visit) =>
          void navigate(`/followup/visits/${visit.id}`, { state: { saved: true } }),
      },
    );
  };

  return (
    <Page
      title={t('followup.visit.newTitle')}
      description={`${checklist.data.establishment.name} · ${checklist.data.supplier.name}${agreement ? ` · ${agreement.reference}` : ''}`}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md" maw={800}>
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <TextInput
            type="date"
            label={t('followup.visit.visitedOn')}
            value={visitedOn}
            onChange={(e) => setVisitedOn(e.currentTarget.value)}
            required
            error={apiError?.fieldError('visitedOn')}
          />
          <Textarea
            label={t('followup.visit.participants')}
            description={t('followup.visit.participantsHelp')}
            value={participants}
            onChange={(e) => setParticipants(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            error={apiError?.fieldError('participants')}
          />
          <Textarea
            label={t('followup.visit.summary')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={8000}
            error={apiError?.fieldError('summary')}
          />
          <Title order={2} size="h3">
            {t('followup.visit.findings')}
          </Title>
          {requirements.length === 0 && t('followup.requirements.none')}
          {requirements.map((r) => (
            <Paper key={r.id} withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Radio.Group
                  label={`${t(`followup.requirementKind.${r.kind}`)}${r.description ? `: ${r.description}` : ''}`}
                  value={outcomes[r.id] ?? ''}
                  onChange={(value) => setOutcomes((o) => ({ ...o, [r.id]: value }))}
                  error={findingError(r.id, 'outcome') ?? findingError(r.id, 'requirementId')}
                >
                  <Group gap="md" mt="xs">
                    {FINDING_OUTCOMES.map((o) => (
                      <Radio key={o} value={o} label={t(`followup.outcome.${o}`)} />
                    ))}
                  </Group>
                </Radio.Group>
                <Textarea
                  label={t('followup.visit.findingText', {
                    requirement: t(`followup.requirementKind.${r.kind}`),
                  })}
                  value={texts[r.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((x) => ({ ...x, [r.id]: value }));
                  }}
                  autosize
                  minRows={2}
                  maxLength={4000}
                  error={findingError(r.id, 'text')}
                />
              </Stack>
            </Paper>
          ))}
          <Title order={2} size="h3">
            {t('followup.visit.logbook')}
          </Title>
          <Textarea
            label={t('followup.visit.note')}
            description={t('followup.visit.noteHelp')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
            error={apiError?.fieldError('logbookNote')}
          />
          <Checkbox
            label={t('followup.visit.sensitive')}
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('followup.visit.concern')}
            checked={concern}
            onChange={(e) => setConcern(e.currentTarget.checked)}
          />
          <FileInput
            label={t('followup.visit.documents')}
            description={t('followup.visit.documentsHelp')}
            accept="application/pdf,image/png,image/jpeg"
            multiple
            value={files}
            onChange={setFiles}
            clearable
            error={apiError?.fieldError('documents')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.visit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
