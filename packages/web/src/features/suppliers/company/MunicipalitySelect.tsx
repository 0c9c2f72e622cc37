import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../lib/types';
import { useMunicipalities } from '../../../lib/company';

interface MunicipalitySelectProps {
  country: Country;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  required?: boolean;
}

/** The official municipalities of the supplier's country, by name. */
export function MunicipalitySelect({
  country,
  value,
  onChange,
  error,
  required,
}: MunicipalitySelectProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities(country);
  return (
    <NativeSelect
      label={t('company.municipality')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required={required}
      disabled={municipalities.isPending}
    >
      <option value="">{t('company.chooseMunicipality')}</option>
      {(municipalities.data?.items ?? []).map((m) => (
        <option key={m.code} value={m.code}>
          {m.name}
        </option>
      ))}
    </NativeSelect>
  );
}
