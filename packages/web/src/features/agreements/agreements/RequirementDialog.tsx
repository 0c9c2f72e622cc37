import { Checkbox, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { SearchSelect } from '../../../components/SearchSelect';
import { findLots, useAddRequirement } from './api';

const KINDS = [
  'staffing_density',
  'awake_night_staff',
  'competence_share',
  'manager_qualification',
  'permit_required',
] as const;
type Kind = (typeof KINDS)[number];
const AUTHORITIES = ['IVO', 'Socialtilsyn'];
const ANY_AUTHORITY = 'any';

/** "socionom, behandlingspedagog" → ["socionom", "behandlingspedagog"]. */
function codesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((c) => c.toLowerCase());
}

/** A whole number from an input, or undefined so the server names the field. */
const whole = (value: number | string) => (value === '' ? undefined : Number(value));

/** What is typed for each kind's parameters, under the server's names. */
interface TypedParameters {
  minStaffPerResident: string;
  perShift: boolean;
  minAwake: number | string;
  minSharePercent: number | string;
  minYears: number | string;
  educationCodes: string;
  authority: string;
}

/** The parameters the chosen kind takes, as the API wants them. */
function parametersOf(kind: Kind, p: TypedParameters): Record<string, unknown> {
  switch (kind) {
    case 'staffing_density':
      // People type "1,2" in Swedish and Danish; the API wants "1.2".
      return {
        minStaffPerResident: p.minStaffPerResident.trim().replace(',', '.'),
        perShift: p.perShift,
      };
    case 'awake_night_staff':
      return { required: true, minAwake: whole(p.minAwake) };
    case 'competence_share':
      return {
        minSharePercent: whole(p.minSharePercent),
        educationCodes: codesOf(p.educationCodes),
      };
    case 'manager_qualification':
      return { minYears: whole(p.minYears), educationCodes: codesOf(p.educationCodes) };
    case 'permit_required':
      return p.authority === ANY_AUTHORITY ? {} : { authority: p.authority };
  }
}

/** A contract requirement of a draft, with a form for each kind's parameters. */
export function RequirementDialog({
  orgId,
  agreementId,
  onClose,
  onSaved,
}: {
  orgId: string;
  agreementId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAddRequirement(orgId, agreementId);
  const form = useForm({
    initialValues: {
      kind: 'staffing_density' as Kind,
      // None chosen: the requirement holds for the whole agreement.
      lotId: null as string | null,
      parameters: {
        minStaffPerResident: '',
        perShift: false,
        minAwake: 1,
        minSharePercent: '',
        minYears: '',
        educationCodes: '',
        authority: ANY_AUTHORITY,
      } as TypedParameters,
      description: '',
    },
  });
  const { kind } = form.values;

  const educationCodes = (
    <TextInput
      label={t('agreements.requirementDialog.educationCodes')}
      description={t('agreements.requirementDialog.educationCodesHelp')}
      {...form.getInputProps('parameters.educationCodes')}
      required
    />
  );

  return (
    <FormDialog
      title={t('agreements.requirementDialog.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        kind: values.kind,
        parameters: parametersOf(values.kind, values.parameters),
        lotId: values.lotId,
        description: values.description,
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('agreements.requirementDialog.submit')}
    >
      <Select
        label={t('agreements.requirementDialog.kind')}
        data={KINDS.map((k) => ({
          value: k,
          label: t(`agreements.requirementDialog.kinds.${k}`),
        }))}
        {...form.getInputProps('kind')}
        allowDeselect={false}
        data-autofocus
      />
      <SearchSelect
        label={t('agreements.requirementDialog.scope')}
        description={t('agreements.requirementDialog.scopeHelp')}
        placeholder={t('agreements.requirementDialog.wholeAgreement')}
        queryKey={['organisations', orgId, 'agreements', agreementId, 'lot-choices']}
        search={(text, signal) =>
          findLots(orgId, agreementId, text, (l) => t('agreements.lotLabel', l), signal)
        }
        clearable
        {...form.getInputProps('lotId')}
      />
      {kind === 'staffing_density' && (
        <>
          <TextInput
            label={t('agreements.requirementDialog.density')}
            description={t('agreements.requirementDialog.densityHelp')}
            inputMode="decimal"
            {...form.getInputProps('parameters.minStaffPerResident')}
            required
          />
          <Checkbox
            label={t('agreements.requirementDialog.perShift')}
            {...form.getInputProps('parameters.perShift', { type: 'checkbox' })}
          />
        </>
      )}
      {kind === 'awake_night_staff' && (
        <NumberInput
          label={t('agreements.requirementDialog.minAwake')}
          {...form.getInputProps('parameters.minAwake')}
          min={1}
          max={50}
          allowDecimal={false}
        />
      )}
      {kind === 'competence_share' && (
        <>
          <NumberInput
            label={t('agreements.requirementDialog.percent')}
            {...form.getInputProps('parameters.minSharePercent')}
            min={1}
            max={100}
            allowDecimal={false}
            required
          />
          {educationCodes}
        </>
      )}
      {kind === 'manager_qualification' && (
        <>
          <NumberInput
            label={t('agreements.requirementDialog.years')}
            {...form.getInputProps('parameters.minYears')}
            min={0}
            max={50}
            allowDecimal={false}
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
          {...form.getInputProps('parameters.authority')}
          allowDeselect={false}
        />
      )}
      <Textarea
        label={t('agreements.requirementDialog.description')}
        {...form.getInputProps('description')}
        autosize
        minRows={2}
      />
    </FormDialog>
  );
}
