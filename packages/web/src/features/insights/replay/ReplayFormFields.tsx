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
import { useAwardedCalloffs, useSources, type ScopeOption } from './api';
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
          <ScopeSelect
            label={t('replay.calloff')}
            options={calloffs.data}
            value={form.calloffId}
            onChange={(calloffId) => set({ calloffId })}
            nothingFound={t('replay.noCalloffs')}
          />
        )}
        {form.scope === 'agreement' && (
          <ScopeSelect
            label={t('replay.agreement')}
            options={sources.data}
            value={form.agreementId}
            onChange={(agreementId) => set({ agreementId })}
            nothingFound={t('replay.noAgreements')}
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
            <WeightInput
              label={t('replay.priceWeight')}
              value={form.priceWeight}
              onChange={(priceWeight) => set({ priceWeight })}
            />
            <WeightInput
              label={t('replay.qualityWeight')}
              value={form.qualityWeight}
              onChange={(qualityWeight) => set({ qualityWeight })}
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

interface ScopeSelectProps {
  label: string;
  options: ScopeOption[] | undefined;
  value: string;
  onChange: (value: string) => void;
  nothingFound: string;
}

function ScopeSelect({ label, options, value, onChange, nothingFound }: ScopeSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('replay.choose')}
      searchable
      data={options ?? []}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      nothingFoundMessage={nothingFound}
    />
  );
}

/** A whole-number weight of the weighted model, as the call-off's own evaluation takes it. */
function WeightInput(props: { label: string; value: number; onChange: (value: number) => void }) {
  return (
    <NumberInput
      label={props.label}
      min={0}
      max={1000}
      allowDecimal={false}
      value={props.value}
      onChange={(v) => props.onChange(Number(v) || 0)}
    />
  );
}
