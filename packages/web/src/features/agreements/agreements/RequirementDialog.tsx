import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useAddRequirement } from './api';
import type { Lot } from './types';

const KINDS = [
  'staffing_density',
  'awake_night_staff',
  'competence_share',
  'manager_qualification',
  'permit_required',
] as const;
type Kind = (typeof KINDS)[number];
const AUTHORITIES = ['IVO', 'Socialtilsyn'];
const WHOLE_AGREEMENT = 'agreement';
const ANY_AUTHORITY = 'any';
const FIELDS = ['kind', 'parameters', 'lotId', 'description'];

/** "socionom, behandlingspedagog" → ["socionom", "behandlingspedagog"]. */
function codesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((c) => c.toLowerCase());
}

/** A whole number from an input, or undefined so the server names the field. */
const whole = (value: number | string) => (value === '' ? undefined : Number(value));

/** A contract requirement of a draft, with a form for each kind's parameters. */
export function RequirementDialog({
  orgId,
  agreementId,
  lots,
  onClose,
  onSaved,
}: {
  orgId: string;
  agreementId: string;
  lots: Lot[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAddRequirement(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldError = (name: string) => apiError?.fieldError(`parameters.${name}`);
  const [kind, setKind] = useState<Kind>('staffing_density');
  const [scope, setScope] = useState(WHOLE_AGREEMENT);
  const [density, setDensity] = useState('');
  const [perShift, setPerShift] = useState(false);
  const [minAwake, setMinAwake] = useState<number | string>(1);
  const [percent, setPercent] = useState<number | string>('');
  const [years, setYears] = useState<number | string>('');
  const [codes, setCodes] = useState('');
  const [authority, setAuthority] = useState(ANY_AUTHORITY);
  const [description, setDescription] = useState('');

  const parameters = (): Record<string, unknown> => {
    switch (kind) {
      case 'staffing_density':
        // People type "1,2" in Swedish and Danish; the API wants "1.2".
        return { minStaffPerResident: density.trim().replace(',', '.'), perShift };
      case 'awake_night_staff':
        return { required: true, minAwake: whole(minAwake) };
      case 'competence_share':
        return { minSharePercent: whole(percent), educationCodes: codesOf(codes) };
      case 'manager_qualification':
        return { minYears: whole(years), educationCodes: codesOf(codes) };
      case 'permit_required':
        return authority === ANY_AUTHORITY ? {} : { authority };
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        kind,
        parameters: parameters(),
        lotId: scope === WHOLE_AGREEMENT ? null : scope,
        description,
      },
      { onSuccess: onSaved },
    );
  };

  const educationCodes = (
    <TextInput
      label={t('agreements.requirementDialog.educationCodes')}
      description={t('agreements.requirementDialog.educationCodesHelp')}
      value={codes}
      onChange={(e) => setCodes(e.currentTarget.value)}
      error={fieldError('educationCodes')}
      required
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.requirementDialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('agreements.requirementDialog.kind')}
            data={KINDS.map((k) => ({
              value: k,
              label: t(`agreements.requirementDialog.kinds.${k}`),
            }))}
            value={kind}
            onChange={(v) => setKind((v as Kind | null) ?? 'staffing_density')}
            allowDeselect={false}
            error={apiError?.fieldError('kind')}
            data-autofocus
          />
          <Select
            label={t('agreements.requirementDialog.scope')}
            data={[
              { value: WHOLE_AGREEMENT, label: t('agreements.requirementDialog.wholeAgreement') },
              ...lots.map((l) => ({
                value: l.id,
                label: t('agreements.lotLabel', { number: l.number, name: l.name }),
              })),
            ]}
            value={scope}
            onChange={(v) => setScope(v ?? WHOLE_AGREEMENT)}
            allowDeselect={false}
            error={apiError?.fieldError('lotId')}
          />
          {kind === 'staffing_density' && (
            <>
              <TextInput
                label={t('agreements.requirementDialog.density')}
                description={t('agreements.requirementDialog.densityHelp')}
                inputMode="decimal"
                value={density}
                onChange={(e) => setDensity(e.currentTarget.value)}
                error={fieldError('minStaffPerResident')}
                required
              />
              <Checkbox
                label={t('agreements.requirementDialog.perShift')}
                checked={perShift}
                onChange={(e) => setPerShift(e.currentTarget.checked)}
                error={fieldError('perShift')}
              />
            </>
          )}
          {kind === 'awake_night_staff' && (
            <NumberInput
              label={t('agreements.requirementDialog.minAwake')}
              value={minAwake}
              onChange={setMinAwake}
              min={1}
              max={50}
              allowDecimal={false}
              error={fieldError('minAwake')}
            />
          )}
          {kind === 'competence_share' && (
            <>
              <NumberInput
                label={t('agreements.requirementDialog.percent')}
                value={percent}
                onChange={setPercent}
                min={1}
                max={100}
                allowDecimal={false}
                error={fieldError('minSharePercent')}
                required
              />
              {educationCodes}
            </>
          )}
          {kind === 'manager_qualification' && (
            <>
              <NumberInput
                label={t('agreements.requirementDialog.years')}
                value={years}
                onChange={setYears}
                min={0}
                max={50}
                allowDecimal={false}
                error={fieldError('minYears')}
                required
              />
              {educationCodes}
            </>
          )}
          {kind === 'permit_required' && (
            <Select
              label={t('agreements.requirementDialog.authority')}
              data={[
                { value: ANY_AUTHORITY, label: t('agreements.requirementDialog.anyAuthority') },
                ...AUTHORITIES.map((a) => ({ value: a, label: a })),
              ]}
              value={authority}
              onChange={(v) => setAuthority(v ?? ANY_AUTHORITY)}
              allowDeselect={false}
              error={fieldError('authority')}
            />
          )}
          <Textarea
            label={t('agreements.requirementDialog.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={apiError?.fieldError('description')}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('agreements.requirementDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
