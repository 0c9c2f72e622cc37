// The requirements (must and should, each with its criterion and, for should, its value) and the
// evaluation model with its basis and weights. Saved together; the server checks them by the
// domain's rules and names each field that is wrong.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVALUATION_BASES, EVALUATION_MODEL_KINDS } from '@tildel/domain/evaluation/index';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { ApiError } from '../../../lib/api';
import { usePriceField } from '../../../lib/money';
import {
  useSaveEvaluation,
  type CalloffDetail,
  type ModelInput,
  type RequirementInput,
  type RequirementView,
} from './api';

interface Row {
  level: 'must' | 'should';
  title: string;
  criterion: 'yes_no' | 'minimum';
  minimum: number | string;
  valueKind: 'deduction' | 'points';
  /** The deduction per unit as typed ("50", "1 234,50"). */
  amount: string;
  points: number | string;
  /** What a requirement proposed from the need asks about; kept so bids can be read from CVs. */
  asks: RequirementView['asks'];
}

function rowOf(r: RequirementView, amountText: (minor: number) => string): Row {
  return {
    level: r.level,
    title: r.title,
    criterion: r.criterion.kind,
    minimum: r.criterion.minimum ?? '',
    valueKind: r.value?.kind ?? 'deduction',
    // A deduction always has its amount, points their number.
    amount: r.value?.kind === 'deduction' ? amountText(r.value.amountMinor!) : '',
    points: r.value?.kind === 'points' ? r.value.points! : '',
    asks: r.asks,
  };
}

const num = (v: number | string) => (v === '' ? NaN : Number(v));

/** The requirement to save; `amountMinor` is the row's deduction as read from what was typed. */
function inputOf(row: Row, amountMinor: number | null): RequirementInput {
  const minimum = num(row.minimum);
  return {
    level: row.level,
    title: row.title,
    criterion:
      row.criterion === 'minimum'
        ? { kind: 'minimum', ...(Number.isFinite(minimum) ? { minimum } : {}) }
        : { kind: 'yes_no' },
    value:
      row.level === 'must'
        ? null
        : row.valueKind === 'deduction'
          ? // Read by the caller, which saves nothing while a deduction is not an amount.
            { kind: 'deduction', amountMinor: amountMinor! }
          : { kind: 'points', points: Math.round(num(row.points) || 0) },
    asks: row.asks,
  };
}

const EMPTY_ROW: Row = {
  level: 'should',
  title: '',
  criterion: 'yes_no',
  minimum: '',
  valueKind: 'points',
  amount: '',
  points: '',
  asks: null,
};

export function EvaluationEditor({
  orgId,
  calloff,
  editable,
  onSaved,
  onDirtyChange,
}: {
  orgId: string;
  calloff: CalloffDetail;
  editable: boolean;
  /** The editor is remounted with the new version after a save, so the notice lives above it. */
  onSaved: () => void;
  /** Told whether there are unsaved edits, so the page can hold back the invitation meanwhile. */
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEvaluation(orgId, calloff.id);
  const priceField = usePriceField();
  const { currency } = calloff;
  const saved = useMemo(
    () => ({
      rows: calloff.requirements.map((r) =>
        rowOf(r, (minor) => priceField.textOf(minor, calloff.currency)),
      ),
      model: calloff.model,
    }),
    [calloff, priceField],
  );
  const [rows, setRows] = useState<Row[]>(saved.rows);
  const [model, setModel] = useState<ModelInput>(saved.model);
  const dirty = editable && JSON.stringify({ rows, model }) !== JSON.stringify(saved);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useUnsavedChanges(dirty);
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.fieldError(field);
  const change = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  // A deduction that is not an amount is named on its field and nothing is saved.
  const [amountProblems, setAmountProblems] = useState<Record<number, string>>({});
  const submit = () => {
    const amounts = rows.map((row) =>
      row.level === 'should' && row.valueKind === 'deduction'
        ? priceField.read(row.amount, currency)
        : null,
    );
    const problems = Object.fromEntries(
      amounts.flatMap((read, i) => (read?.error ? [[i, read.error]] : [])),
    );
    setAmountProblems(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      {
        version: calloff.version,
        requirements: rows.map((row, i) => inputOf(row, amounts[i]?.amountMinor ?? null)),
        model:
          model.kind === 'weighted_score'
            ? {
                ...model,
                priceWeight: model.priceWeight ?? 60,
                qualityWeight: model.qualityWeight ?? 40,
              }
            : { kind: model.kind, basis: model.basis },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Stack gap="md">
      <Stack gap="sm" component="section" aria-labelledby="requirements-title">
        <Title order={2} size="h3" id="requirements-title">
          {t('calloffs.requirements.title')}
        </Title>
        <GlossaryLinks terms={['ska-krav', 'bor-krav', 'mervardesavdrag']} />
        {rows.length === 0 && <p>{t('calloffs.requirements.none')}</p>}
        {rows.map((row, i) => (
          <Fieldset
            key={i}
            legend={t('calloffs.requirements.legend', { number: i + 1 })}
            disabled={!editable}
          >
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('calloffs.requirements.level')}
                value={row.level}
                onChange={(e) => change(i, { level: e.currentTarget.value as Row['level'] })}
                data={['must', 'should'].map((l) => ({
                  value: l,
                  label: t(`calloffs.requirements.levels.${l}`),
                }))}
              />
              <TextInput
                label={t('calloffs.requirements.requirement')}
                value={row.title}
                onChange={(e) => change(i, { title: e.currentTarget.value })}
                error={fieldError(`requirements.${i}.title`)}
                miw={260}
              />
              <NativeSelect
                label={t('calloffs.requirements.criterion')}
                value={row.criterion}
                onChange={(e) =>
                  change(i, { criterion: e.currentTarget.value as Row['criterion'] })
                }
                data={['yes_no', 'minimum'].map((c) => ({
                  value: c,
                  label: t(`calloffs.requirements.criteria.${c}`),
                }))}
              />
              {row.criterion === 'minimum' && (
                <NumberInput
                  label={t('calloffs.requirements.minimum')}
                  value={row.minimum}
                  onChange={(v) => change(i, { minimum: v })}
                  error={fieldError(`requirements.${i}.criterion.minimum`)}
                  w={120}
                />
              )}
              {row.level === 'should' && (
                <>
                  <NativeSelect
                    label={t('calloffs.requirements.valueKind')}
                    value={row.valueKind}
                    onChange={(e) =>
                      change(i, { valueKind: e.currentTarget.value as Row['valueKind'] })
                    }
                    data={['deduction', 'points'].map((k) => ({
                      value: k,
                      label: t(`calloffs.requirements.values.${k}`, {
                        currency: calloff.currency,
                      }),
                    }))}
                  />
                  {row.valueKind === 'deduction' ? (
                    <MoneyInput
                      label={t('calloffs.requirements.amount', { currency })}
                      currency={currency}
                      value={row.amount}
                      onChange={(amount) => change(i, { amount })}
                      error={amountProblems[i] ?? fieldError(`requirements.${i}.value`)}
                      w={160}
                    />
                  ) : (
                    <NumberInput
                      label={t('calloffs.requirements.points')}
                      value={row.points}
                      allowDecimal={false}
                      onChange={(v) => change(i, { points: v })}
                      error={fieldError(`requirements.${i}.value`)}
                      w={120}
                    />
                  )}
                </>
              )}
              {editable && (
                <Button
                  variant="default"
                  mt={24}
                  onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                >
                  {t('calloffs.requirements.remove', { number: i + 1 })}
                </Button>
              )}
            </Group>
          </Fieldset>
        ))}
        {editable && (
          <Group>
            <Button variant="default" onClick={() => setRows((all) => [...all, EMPTY_ROW])}>
              {t('calloffs.requirements.add')}
            </Button>
          </Group>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="model-title">
        <Title order={2} size="h3" id="model-title">
          {t('calloffs.model.title')}
        </Title>
        <GlossaryLinks terms={['jamforelsepris', 'mervardesavdrag']} />
        <Radio.Group
          label={t('calloffs.model.kind')}
          value={model.kind}
          onChange={(kind) => setModel((m) => ({ ...m, kind: kind as ModelInput['kind'] }))}
        >
          <Stack gap="xs" mt="xs">
            {EVALUATION_MODEL_KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                label={t(`calloffs.model.kinds.${k}`)}
                description={t(`calloffs.model.explain.${k}`)}
                disabled={!editable}
              />
            ))}
          </Stack>
        </Radio.Group>
        <NativeSelect
          label={t('calloffs.model.basis')}
          value={model.basis}
          disabled={!editable}
          onChange={(e) =>
            setModel((m) => ({ ...m, basis: e.currentTarget.value as ModelInput['basis'] }))
          }
          data={EVALUATION_BASES.map((b) => ({ value: b, label: t(`calloffs.model.bases.${b}`) }))}
          maw={360}
        />
        {model.kind === 'weighted_score' && (
          <>
            <Group gap="sm">
              <NumberInput
                label={t('calloffs.model.priceWeight')}
                value={model.priceWeight ?? 60}
                allowDecimal={false}
                disabled={!editable}
                onChange={(v) => setModel((m) => ({ ...m, priceWeight: Number(v) }))}
                error={fieldError('model.priceWeight')}
                w={160}
              />
              <NumberInput
                label={t('calloffs.model.qualityWeight')}
                value={model.qualityWeight ?? 40}
                allowDecimal={false}
                disabled={!editable}
                onChange={(v) => setModel((m) => ({ ...m, qualityWeight: Number(v) }))}
                w={160}
              />
            </Group>
            <Alert color="orange" variant="light" title={t('calloffs.model.warningTitle')}>
              {t('calloffs.model.relativeWarning')}
            </Alert>
          </>
        )}
      </Stack>

      <ErrorAlert
        error={save.error}
        shownFields={rows
          .flatMap((_, i) => [
            `requirements.${i}.title`,
            `requirements.${i}.value`,
            `requirements.${i}.criterion.minimum`,
          ])
          .concat(model.kind === 'weighted_score' ? ['model.priceWeight'] : [])}
      />
      {editable && (
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('calloffs.save')}
          </Button>
          {dirty && (
            <Button
              variant="default"
              onClick={() => {
                setRows(saved.rows);
                setModel(saved.model);
              }}
            >
              {t('calloffs.undo')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
