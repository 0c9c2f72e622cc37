import { Checkbox, Group, NumberInput, Radio, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minimumText } from './minimum';
import { useFormatters } from '../../../lib/format';
import { FormDialog } from '../../../components/FormDialog';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { useApply } from './api';
import type { Answer, ApplicationDetail, MarketItem, OwnDocument, Requirement } from './types';

/** What is typed for a requirement: "true"/"false" (declaration), a number, a document's id. */
type Typed = string | number | null;

function toAnswer(r: Requirement, typed: Typed | undefined): Answer | null {
  if (r.kind === 'declaration')
    return typed === 'true' || typed === 'false'
      ? { requirementId: r.id, declared: typed === 'true' }
      : null;
  if (r.kind === 'numeric_minimum')
    return typeof typed === 'number' ? { requirementId: r.id, value: typed } : null;
  return typeof typed === 'string' && typed ? { requirementId: r.id, documentId: typed } : null;
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
  const form = useForm({
    initialValues: {
      categoryIds: [] as string[],
      // Keyed by requirement, as the server names an answer's errors ("answers.<id>").
      answers: Object.fromEntries(
        dps.requirements.map((r): [string, Typed] => [r.id, r.kind === 'document' ? null : '']),
      ),
    },
    validate: ({ categoryIds, answers }) => ({
      categoryIds: categoryIds.length === 0 ? t('dps.apply.chooseCategory') : null,
      ...Object.fromEntries(
        dps.requirements.map((r) => [
          `answers.${r.id}`,
          toAnswer(r, answers[r.id]) === null ? t('dps.apply.answerRequired') : null,
        ]),
      ),
    }),
  });
  const open = dps.categories.filter((c) => c.myStatus !== 'pending' && c.myStatus !== 'approved');

  return (
    <FormDialog
      title={t('dps.apply.title', { dps: dps.title })}
      size="xl"
      form={form}
      mutation={mutation}
      toVariables={({ categoryIds, answers }) => ({
        categoryIds,
        // The validation has made sure every requirement has its answer.
        answers: dps.requirements.map((r) => toAnswer(r, answers[r.id])!),
      })}
      onSaved={onApplied}
      onClose={onClose}
      submitLabel={t('dps.apply.submit')}
    >
      <GlossaryLinks terms={['kvalificering', 'egenforsakran']} />
      <Checkbox.Group
        label={t('dps.apply.categories')}
        {...form.getInputProps('categoryIds')}
        required
      >
        <Stack gap={6} mt={6}>
          {open.map((c) => (
            <Checkbox key={c.id} value={c.id} label={c.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      {dps.requirements.map((r) => {
        const answer = form.getInputProps(`answers.${r.id}`);
        if (r.kind === 'declaration')
          return (
            <Radio.Group key={r.id} label={r.text} {...answer} required>
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
              {...answer}
              min={0}
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
            {...answer}
            required
          />
        );
      })}
      <Text size="sm" c="dimmed">
        {t('dps.apply.clockHelp')}
      </Text>
    </FormDialog>
  );
}
