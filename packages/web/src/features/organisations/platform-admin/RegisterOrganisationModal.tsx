import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { currentLocale } from '../../../i18n';
import type { Country, Locale, OrganisationKind } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { COUNTRIES, ORGANISATION_KINDS, isCountry, isOrganisationKind } from './organisationFields';
import { useRegisterOrganisation, type RegisteredOrganisation } from './api';

interface RegisterOrganisationModalProps {
  onClose: () => void;
  onRegistered: (organisation: RegisteredOrganisation, adminEmail: string) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MUNICIPALITY_CODE = /^\d{3,4}$/;
/** The fields the form shows next to an input; other server errors go in the alert. */
const FIELDS = [
  'kind',
  'name',
  'country',
  'identifier',
  'municipalityCode',
  'adminEmail',
  'adminLocale',
  // The invitation of the first admin names its own fields.
  'email',
  'locale',
] as const;

/** The language an invitation is written in, unless chosen: the country's own. */
const LOCALE_OF_COUNTRY: Record<Country, Locale> = { SE: 'sv', DK: 'da' };

export function RegisterOrganisationModal({
  onClose,
  onRegistered,
}: RegisterOrganisationModalProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [name, setName] = useState('');
  const [country, setCountry] = useState<Country>(currentLocale() === 'da' ? 'DK' : 'SE');
  const [identifier, setIdentifier] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminLocale, setAdminLocale] = useState<Locale | null>(null);
  const [checked, setChecked] = useState(false);
  const mutation = useRegisterOrganisation();
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const isMunicipality = kind === 'municipality';
  const locale = adminLocale ?? LOCALE_OF_COUNTRY[country];
  const problems = {
    kind: kind === '' ? t('platform.register.kindRequired') : undefined,
    name: name.trim() === '' ? t('platform.register.nameRequired') : undefined,
    identifier:
      identifier.trim() === '' ? t(`platform.register.identifierRequired.${country}`) : undefined,
    municipalityCode:
      isMunicipality &&
      municipalityCode.trim() !== '' &&
      !MUNICIPALITY_CODE.test(municipalityCode.trim())
        ? t('platform.register.municipalityCodeInvalid')
        : undefined,
    adminEmail: !EMAIL.test(adminEmail.trim())
      ? t('platform.register.adminEmailInvalid')
      : undefined,
  };
  const serverError = (field: string) =>
    field === 'adminEmail'
      ? (apiError?.fieldError('adminEmail') ?? apiError?.fieldError('email'))
      : field === 'adminLocale'
        ? (apiError?.fieldError('adminLocale') ?? apiError?.fieldError('locale'))
        : apiError?.fieldError(field);
  const shown = (field: keyof typeof problems) =>
    (checked ? problems[field] : undefined) ?? serverError(field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (kind === '' || Object.values(problems).some((p) => p !== undefined)) return;
    const code = municipalityCode.trim();
    const email = adminEmail.trim();
    mutation.mutate(
      {
        kind,
        name: name.trim(),
        country,
        identifier: identifier.trim(),
        ...(isMunicipality && code !== '' ? { municipalityCode: code } : {}),
        adminEmail: email,
        adminLocale: locale,
      },
      { onSuccess: (created) => onRegistered(created, email) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('platform.register.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <NativeSelect
            label={t('platform.register.kind')}
            value={kind}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setKind(isOrganisationKind(next) ? next : '');
            }}
            error={shown('kind')}
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
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={shown('name')}
            required
            maxLength={200}
          />
          <NativeSelect
            label={t('platform.register.country')}
            value={country}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isCountry(next)) setCountry(next);
            }}
            error={serverError('country')}
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
            value={identifier}
            onChange={(e) => setIdentifier(e.currentTarget.value)}
            error={shown('identifier')}
            required
            maxLength={20}
          />
          {isMunicipality && (
            <TextInput
              label={t('platform.register.municipalityCode')}
              description={t(`platform.register.municipalityCodeHelp.${country}`)}
              autoComplete="off"
              inputMode="numeric"
              value={municipalityCode}
              onChange={(e) => setMunicipalityCode(e.currentTarget.value)}
              error={shown('municipalityCode')}
              maxLength={4}
            />
          )}
          <TextInput
            label={t('platform.register.adminEmail')}
            description={t('platform.register.adminEmailHelp')}
            type="email"
            autoComplete="off"
            value={adminEmail}
            onChange={(e) => setAdminEmail(e.currentTarget.value)}
            error={shown('adminEmail')}
            required
          />
          <LanguageSelect
            label={t('platform.register.adminLocale')}
            description={t('platform.register.adminLocaleHelp')}
            value={locale}
            onChange={setAdminLocale}
            error={serverError('adminLocale')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('platform.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
