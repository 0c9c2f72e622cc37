import { Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { Loading } from '../../../components/Loading';
import { useCreateDps, useSetUpChoices } from './api';
import type { NewDps } from './types';

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

interface Props {
  orgId: string;
  defaultCountry: Country;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Set up a DPS as a draft: terms, categories, participants and qualification requirements. */
export function CreateDpsModal({ orgId, defaultCountry, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const choices = useSetUpChoices(orgId);
  const mutation = useCreateDps(orgId);
  const form = useForm({
    initialValues: {
      reference: '',
      title: '',
      description: '',
      country: defaultCountry,
      validFrom: isoDay(0),
      validTo: isoDay(4 * 365),
      initialPeriodEndsOn: isoDay(30),
      ownerIsCentralPurchasingBody: false,
      agreedTenderPeriodDays: '' as number | string,
      categoryIds: [] as string[],
      // None chosen yet: all of them, once the choices are loaded.
      municipalityIds: null as string[] | null,
      requirements: null as string[] | null,
    },
  });
  const central = form.values.ownerIsCentralPurchasingBody;
  const standard = choices.data?.requirements ?? [];
  const chosenCodes = form.values.requirements ?? standard.map((r) => r.code);
  const chosenMunicipalities =
    form.values.municipalityIds ?? choices.data?.municipalities.map((m) => m.id) ?? [];

  const toVariables = (values: typeof form.values): NewDps => ({
    reference: values.reference.trim(),
    title: values.title.trim(),
    description: values.description,
    country: values.country,
    validFrom: values.validFrom,
    validTo: values.validTo,
    initialPeriodEndsOn: values.initialPeriodEndsOn,
    ownerIsCentralPurchasingBody: central,
    agreedTenderPeriodDays:
      central || typeof values.agreedTenderPeriodDays !== 'number'
        ? null
        : values.agreedTenderPeriodDays,
    categoryIds: values.categoryIds,
    municipalityIds: chosenMunicipalities,
    requirements: standard
      .filter((r) => chosenCodes.includes(r.code))
      .map(({ kind, textSv, textDa, textEn, minimum, unit, documentKind }) => ({
        kind,
        textSv,
        textDa,
        textEn,
        minimum,
        unit,
        // The standard requirements ask only for document kinds the API knows.
        documentKind: documentKind as NewDps['requirements'][number]['documentKind'],
      })),
  });

  return (
    <FormDialog
      title={t('dps.create.title')}
      size="xl"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={(dps) => onCreated(dps.id)}
      onClose={onClose}
      submitLabel={t('dps.create.submit')}
      submitDisabled={!choices.data}
    >
      {choices.isPending ? (
        <Loading />
      ) : choices.isError ? (
        <ErrorAlert error={choices.error} />
      ) : (
        <>
          <TextInput
            label={t('dps.fields.reference')}
            {...form.getInputProps('reference')}
            required
            data-autofocus
          />
          <TextInput label={t('dps.fields.title')} {...form.getInputProps('title')} required />
          <Textarea
            label={t('dps.fields.description')}
            {...form.getInputProps('description')}
            autosize
            minRows={2}
          />
          <Select
            label={t('dps.fields.country')}
            description={t('dps.create.countryHelp')}
            data={[
              { value: 'SE', label: t('dps.country.SE') },
              { value: 'DK', label: t('dps.country.DK') },
            ]}
            {...form.getInputProps('country')}
            allowDeselect={false}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('dps.fields.validFrom')}
              {...form.getInputProps('validFrom')}
              required
            />
            <TextInput
              type="date"
              label={t('dps.fields.validTo')}
              {...form.getInputProps('validTo')}
              required
            />
          </Group>
          <TextInput
            type="date"
            label={t('dps.fields.initialPeriodEndsOn')}
            description={t('dps.create.initialPeriodHelp')}
            {...form.getInputProps('initialPeriodEndsOn')}
            required
          />
          <Checkbox
            label={t('dps.fields.centralPurchasingBody')}
            {...form.getInputProps('ownerIsCentralPurchasingBody', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('dps.fields.agreedTenderPeriodDays')}
            description={t('dps.create.shorterHelp')}
            {...form.getInputProps('agreedTenderPeriodDays')}
            min={1}
            max={9}
            allowDecimal={false}
            disabled={central}
          />
          <Checkbox.Group
            label={t('dps.fields.categories')}
            {...form.getInputProps('categoryIds')}
            required
          >
            <Stack gap={6} mt={6}>
              {choices.data.categories.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          {choices.data.municipalities.length > 0 && (
            <Checkbox.Group
              label={t('dps.fields.municipalities')}
              {...form.getInputProps('municipalityIds')}
              value={chosenMunicipalities}
            >
              <Stack gap={6} mt={6}>
                {choices.data.municipalities.map((m) => (
                  <Checkbox key={m.id} value={m.id} label={m.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Checkbox.Group
            label={t('dps.fields.requirements')}
            description={t('dps.create.requirementsHelp')}
            {...form.getInputProps('requirements')}
            value={chosenCodes}
          >
            <Stack gap={6} mt={6}>
              {standard.map((r) => (
                <Checkbox
                  key={r.code}
                  value={r.code}
                  label={`${t(`dps.requirementKind.${r.kind}`)}: ${r.text}${
                    r.minimum !== null ? ` (≥ ${r.minimum})` : ''
                  }`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </>
      )}
    </FormDialog>
  );
}
