import {
  Checkbox,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { defaultTaxonomy, GENDERS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { useFormatters } from '../../../lib/format';
import type { Country } from '../../../lib/types';
import { FormDialog } from '../../../components/FormDialog';
import { MunicipalitySelect } from './MunicipalitySelect';
import { useSaveEstablishment } from './api';
import { formatList, parseList } from './lists';
import type { Establishment } from '../../../lib/company';

const asNumber = (value: string | number) =>
  typeof value === 'number' ? value : Number(value) || 0;

interface EstablishmentDialogProps {
  orgId: string;
  country: Country;
  establishment: Establishment | null;
  onClose: () => void;
  onSaved: (establishment: Establishment) => void;
}

export function EstablishmentDialog({
  orgId,
  country,
  establishment: e,
  onClose,
  onSaved,
}: EstablishmentDialogProps) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const form = useForm({
    initialValues: {
      name: e?.name ?? '',
      serviceKind: e?.serviceKind ?? 'hvb',
      street: e?.street ?? '',
      postalCode: e?.postalCode ?? '',
      city: e?.city ?? '',
      municipalityCode: e?.municipalityCode ?? '',
      placesTotal: (e?.placesTotal ?? 0) as string | number,
      placesFree: (e?.placesFree ?? 0) as string | number,
      targetGroups: e?.targetGroups ?? [],
      ageMin: (e?.ageMin ?? 0) as string | number,
      ageMax: (e?.ageMax ?? 120) as string | number,
      gender: e?.gender ?? 'any',
      methods: formatList(e?.methods ?? []),
      languages: formatList(e?.languages ?? []),
      description: e?.description ?? '',
    },
    validate: {
      municipalityCode: (code) => (code ? null : t('company.establishments.municipalityRequired')),
    },
  });
  const mutation = useSaveEstablishment(orgId);

  const toVariables = (values: typeof form.values) => {
    const input = {
      ...values,
      placesTotal: asNumber(values.placesTotal),
      placesFree: asNumber(values.placesFree),
      ageMin: asNumber(values.ageMin),
      ageMax: asNumber(values.ageMax),
      methods: parseList(values.methods),
      languages: parseList(values.languages).map((l) => l.toLowerCase()),
    };
    return e ? { id: e.id, input: { ...input, version: e.version } } : { input };
  };

  return (
    <FormDialog
      title={e ? t('company.establishments.editTitle') : t('company.establishments.addTitle')}
      size="xl"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('company.save')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('company.establishments.name')}
          {...form.getInputProps('name')}
          required
          maxLength={200}
          data-autofocus
        />
        <NativeSelect
          label={t('company.establishments.serviceKind')}
          {...form.getInputProps('serviceKind')}
          required
        >
          {SERVICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`company.serviceKinds.${k}`)}
            </option>
          ))}
        </NativeSelect>
      </SimpleGrid>
      <TextInput label={t('company.street')} {...form.getInputProps('street')} maxLength={200} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('company.postalCode')}
          {...form.getInputProps('postalCode')}
          maxLength={20}
        />
        <TextInput label={t('company.city')} {...form.getInputProps('city')} maxLength={100} />
        <MunicipalitySelect
          country={country}
          {...form.getInputProps('municipalityCode')}
          value={form.values.municipalityCode}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('company.establishments.placesTotal')}
          {...form.getInputProps('placesTotal')}
          min={0}
          max={10000}
          allowDecimal={false}
          required
        />
        <NumberInput
          label={t('company.establishments.placesFree')}
          {...form.getInputProps('placesFree')}
          min={0}
          max={10000}
          allowDecimal={false}
          required
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('company.establishments.targetGroups')}
        {...form.getInputProps('targetGroups')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {/* The target groups buyers of the supplier's country search by. */}
          {defaultTaxonomy(country).targetGroups.map((g) => (
            <Checkbox key={g.code} value={g.code} label={g.names[locale]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('company.establishments.ageMin')}
          {...form.getInputProps('ageMin')}
          min={0}
          max={120}
          allowDecimal={false}
        />
        <NumberInput
          label={t('company.establishments.ageMax')}
          {...form.getInputProps('ageMax')}
          min={0}
          max={120}
          allowDecimal={false}
        />
        <NativeSelect label={t('company.establishments.gender')} {...form.getInputProps('gender')}>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`company.genders.${g}`)}
            </option>
          ))}
        </NativeSelect>
      </SimpleGrid>
      <TextInput
        label={t('company.establishments.methods')}
        description={t('company.establishments.methodsHelp')}
        {...form.getInputProps('methods')}
        maxLength={2000}
      />
      <TextInput
        label={t('company.languages')}
        description={t('company.languagesHelp')}
        {...form.getInputProps('languages')}
        maxLength={200}
      />
      <Textarea
        label={t('company.description')}
        {...form.getInputProps('description')}
        maxLength={4000}
        autosize
        minRows={2}
      />
    </FormDialog>
  );
}
