import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import type { Country, Locale, OrganisationKind } from '../../../lib/types';
import { FormDialog } from '../../../components/FormDialog';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { COUNTRIES, ORGANISATION_KINDS } from './organisationFields';
import { useRegisterOrganisation, type RegisteredOrganisation } from './api';

interface RegisterOrganisationModalProps {
  onClose: () => void;
  onRegistered: (organisation: RegisteredOrganisation, adminEmail: string) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MUNICIPALITY_CODE = /^\d{3,4}$/;
/** The invitation of the first admin names its own fields. */
const INVITATION_FIELDS = { email: 'adminEmail', locale: 'adminLocale' } as const;

/** The language an invitation is written in, unless chosen: the country's own. */
const LOCALE_OF_COUNTRY: Record<Country, Locale> = { SE: 'sv', DK: 'da' };

export function RegisterOrganisationModal({
  onClose,
  onRegistered,
}: RegisterOrganisationModalProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      kind: '' as OrganisationKind | '',
      name: '',
      country: (currentLocale() === 'da' ? 'DK' : 'SE') as Country,
      identifier: '',
      municipalityCode: '',
      adminEmail: '',
      /** None chosen: the country's own. */
      adminLocale: null as Locale | null,
    },
    validate: {
      kind: (kind) => (kind === '' ? t('platform.register.kindRequired') : null),
      name: (name) => (name.trim() === '' ? t('platform.register.nameRequired') : null),
      identifier: (identifier, { country }) =>
        identifier.trim() === '' ? t(`platform.register.identifierRequired.${country}`) : null,
      municipalityCode: (code, { kind }) =>
        kind === 'municipality' && code.trim() !== '' && !MUNICIPALITY_CODE.test(code.trim())
          ? t('platform.register.municipalityCodeInvalid')
          : null,
      adminEmail: (email) =>
        EMAIL.test(email.trim()) ? null : t('platform.register.adminEmailInvalid'),
    },
  });
  const mutation = useRegisterOrganisation();
  const { kind, country, adminLocale } = form.values;
  const isMunicipality = kind === 'municipality';
  const locale = adminLocale ?? LOCALE_OF_COUNTRY[country];

  return (
    <FormDialog
      title={t('platform.register.title')}
      size="lg"
      form={form}
      mutation={mutation}
      serverFields={INVITATION_FIELDS}
      toVariables={(values) => {
        const code = values.municipalityCode.trim();
        return {
          // The validation has refused an empty kind.
          kind: values.kind as OrganisationKind,
          name: values.name.trim(),
          country: values.country,
          identifier: values.identifier.trim(),
          ...(isMunicipality && code !== '' ? { municipalityCode: code } : {}),
          adminEmail: values.adminEmail.trim(),
          adminLocale: locale,
        };
      }}
      onSaved={(created, values) => onRegistered(created, values.adminEmail.trim())}
      onClose={onClose}
      submitLabel={t('platform.register.submit')}
    >
      <NativeSelect
        label={t('platform.register.kind')}
        {...form.getInputProps('kind')}
        required
        data-autofocus
      >
        <option value="" disabled>
          {t('platform.register.chooseKind')}
        </option>
        {ORGANISATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`organisationKinds.${k}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        label={t('platform.register.name')}
        autoComplete="off"
        {...form.getInputProps('name')}
        required
        maxLength={200}
      />
      <NativeSelect
        label={t('platform.register.country')}
        {...form.getInputProps('country')}
        required
      >
        {COUNTRIES.map((c) => (
          <option key={c} value={c}>
            {t(`countries.${c}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        label={t(`platform.register.identifier.${country}`)}
        description={t(`platform.register.identifierHelp.${country}`)}
        autoComplete="off"
        inputMode="numeric"
        {...form.getInputProps('identifier')}
        required
        maxLength={20}
      />
      {isMunicipality && (
        <TextInput
          label={t('platform.register.municipalityCode')}
          description={t(`platform.register.municipalityCodeHelp.${country}`)}
          autoComplete="off"
          inputMode="numeric"
          {...form.getInputProps('municipalityCode')}
          maxLength={4}
        />
      )}
      <TextInput
        label={t('platform.register.adminEmail')}
        description={t('platform.register.adminEmailHelp')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('adminEmail')}
        required
      />
      <LanguageSelect
        label={t('platform.register.adminLocale')}
        description={t('platform.register.adminLocaleHelp')}
        {...form.getInputProps('adminLocale')}
        value={locale}
      />
    </FormDialog>
  );
}
