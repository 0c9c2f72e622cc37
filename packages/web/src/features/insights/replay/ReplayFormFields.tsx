// What to replay: a call-off, an agreement's or DPS's call-offs, or a period's, and the model.
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAwardedCalloffs, useSources } from './api';
import { BASES, MODEL_KINDS, SCOPES, type ReplayForm } from './replay-search';

interface Props {
  orgId: string;
  initial: ReplayForm;
  onReplay: (form: ReplayForm) => void;
}

export function ReplayFormFields({ orgId, initial, onReplay }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const set = (changes: Partial<ReplayForm>) => setForm((f) => ({ ...f, ...changes }));
  const calloffs = useAwardedCalloffs(orgId, form.scope === 'calloff');
  const sources = useSources(orgId, form.scope === 'agreement');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReplay(form);
  };
  return (
    <form onSubmit={submit} aria-label={t('replay.form')}>
      <Stack gap="sm" maw={640}>
        <SegmentedControl
          aria-label={t('replay.scope')}
          value={form.scope}
          onChange={(scope) => set({ scope: scope as ReplayForm['scope'] })}
          data={SCOPES.map((s) => ({ value: s, label: t(`replay.scopes.${s}`) }))}
        />
        {form.scope === 'calloff' && (
          <Select
            label={t('replay.calloff')}
            placeholder={t('replay.choose')}
            searchable
            data={calloffs.data ?? []}
            value={form.calloffId || null}
            onChange={(v) => set({ calloffId: v ?? '' })}
            nothingFoundMessage={t('replay.noCalloffs')}
          />
        )}
        {form.scope === 'agreement' && (
          <Select
            label={t('replay.agreement')}
            placeholder={t('replay.choose')}
            searchable
            data={sources.data ?? []}
            value={form.agreementId || null}
            onChange={(v) => set({ agreementId: v ?? '' })}
            nothingFoundMessage={t('replay.noAgreements')}
          />
        )}
        {form.scope === 'period' && (
          <Group grow>
            <TextInput
              type="date"
              label={t('replay.from')}
              description={t('replay.periodHint')}
              value={form.from}
              onChange={(e) => set({ from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('replay.to')}
              description={t('replay.periodHint')}
              value={form.to}
              onChange={(e) => set({ to: e.currentTarget.value })}
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('replay.model')}
            allowDeselect={false}
            data={MODEL_KINDS.map((m) => ({ value: m, label: t(`replay.models.${m}`) }))}
            value={form.model}
            onChange={(v) => v && set({ model: v as ReplayForm['model'] })}
          />
          <Select
            label={t('replay.basis')}
            allowDeselect={false}
            data={BASES.map((b) => ({ value: b, label: t(`replay.bases.${b}`) }))}
            value={form.basis}
            onChange={(v) => v && set({ basis: v as ReplayForm['basis'] })}
          />
        </Group>
        {form.model === 'weighted_score' && (
          <Group grow>
            <NumberInput
              label={t('replay.priceWeight')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={form.priceWeight}
              onChange={(v) => set({ priceWeight: Number(v) || 0 })}
            />
            <NumberInput
              label={t('replay.qualityWeight')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={form.qualityWeight}
              onChange={(v) => set({ qualityWeight: Number(v) || 0 })}
            />
          </Group>
        )}
        <Group>
          <Button type="submit">{t('replay.run')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
