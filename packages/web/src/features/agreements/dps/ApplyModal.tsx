import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minimumText } from './minimum';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { useApply } from './api';
import type { Answer, ApplicationDetail, MarketItem, OwnDocument, Requirement } from './types';

type Draft = { declared?: boolean; value?: number; documentId?: string };

function toAnswer(r: Requirement, d: Draft | undefined): Answer | null {
  if (r.kind === 'declaration')
    return d?.declared === undefined ? null : { requirementId: r.id, declared: d.declared };
  if (r.kind === 'numeric_minimum')
    return d?.value === undefined ? null : { requirementId: r.id, value: d.value };
  return d?.documentId ? { requirementId: r.id, documentId: d.documentId } : null;
}

interface Props {
  orgId: string;
  dps: MarketItem;
  documents: OwnDocument[];
  onClose: () => void;
  onApplied: (application: ApplicationDetail) => void;
}

/** Apply to categories of a DPS with an answer to every requirement. */
export function ApplyModal({ orgId, dps, documents, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useApply(orgId, dps.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [checked, setChecked] = useState(false);
  const set = (id: string, draft: Draft) => setDrafts((all) => ({ ...all, [id]: draft }));
  const open = dps.categories.filter((c) => c.myStatus !== 'pending' && c.myStatus !== 'approved');
  const unanswered = (r: Requirement) =>
    checked && toAnswer(r, drafts[r.id]) === null ? t('dps.apply.answerRequired') : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const answers = dps.requirements.map((r) => toAnswer(r, drafts[r.id]));
    if (categoryIds.length === 0 || answers.some((a) => a === null)) return;
    mutation.mutate({ categoryIds, answers: answers as Answer[] }, { onSuccess: onApplied });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('dps.apply.title', { dps: dps.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['categoryIds', 'answers']} />
          )}
          <GlossaryLinks terms={['kvalificering', 'egenforsakran']} />
          <Checkbox.Group
            label={t('dps.apply.categories')}
            value={categoryIds}
            onChange={setCategoryIds}
            error={
              (checked && categoryIds.length === 0 ? t('dps.apply.chooseCategory') : undefined) ??
              apiError?.fieldError('categoryIds')
            }
            required
          >
            <Stack gap={6} mt={6}>
              {open.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          {dps.requirements.map((r) => {
            const error = unanswered(r) ?? apiError?.fieldError(`answers.${r.id}`);
            if (r.kind === 'declaration')
              return (
                <Radio.Group
                  key={r.id}
                  label={r.text}
                  value={drafts[r.id]?.declared === undefined ? '' : String(drafts[r.id]?.declared)}
                  onChange={(v) => set(r.id, { declared: v === 'true' })}
                  error={error}
                  required
                >
                  <Group gap="lg" mt={6}>
                    <Radio value="true" label={t('dps.answer.yes')} />
                    <Radio value="false" label={t('dps.answer.no')} />
                  </Group>
                </Radio.Group>
              );
            if (r.kind === 'numeric_minimum')
              return (
                <NumberInput
                  key={r.id}
                  label={r.text}
                  description={minimumText(t, f, r)}
                  value={drafts[r.id]?.value ?? ''}
                  onChange={(v) => set(r.id, typeof v === 'number' ? { value: v } : {})}
                  min={0}
                  error={error}
                  required
                />
              );
            const own = documents.filter((d) => !r.documentKind || d.kind === r.documentKind);
            return (
              <Select
                key={r.id}
                label={r.text}
                description={own.length === 0 ? t('dps.apply.noDocuments') : undefined}
                placeholder={t('dps.apply.chooseDocument')}
                data={own.map((d) => ({
                  value: d.id,
                  label: d.validUntil
                    ? `${d.title} (${t('dps.answer.validUntil', { date: f.date(d.validUntil) })})`
                    : d.title,
                }))}
                value={drafts[r.id]?.documentId ?? null}
                onChange={(v) => set(r.id, v ? { documentId: v } : {})}
                error={error}
                required
              />
            );
          })}
          <Text size="sm" c="dimmed">
            {t('dps.apply.clockHelp')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('dps.apply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
