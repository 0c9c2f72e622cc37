import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { CATALOGUE_SORTS } from '@tildel/domain/catalogue';
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../../components/MoneyInput';
import type { ApiError } from '../../../lib/api';
import { useActiveOrganisation } from '../../../lib/auth';
import { usePriceField } from '../../../lib/money';
import { currentLocale } from '../../../i18n';
import type { CatalogueFilters, Criteria, Municipality } from './api';

interface FilterValues {
  category: string | null;
  targetGroup: string | null;
  age: number | string;
  gender: string | null;
  municipality: string | null;
  distance: number | string;
  freePlaces: number | string;
  permitValid: boolean;
  /** Prices as typed; read when the form is sent. */
  priceFrom: string;
  priceTo: string;
  sort: string;
}

const EMPTY_FILTERS: FilterValues = {
  category: null,
  targetGroup: null,
  age: '',
  gender: null,
  municipality: null,
  distance: '',
  freePlaces: '',
  permitValid: false,
  priceFrom: '',
  priceTo: '',
  sort: 'name',
};

const GENDERS = ['female', 'male'] as const satisfies readonly Criteria['gender'][];

const asNumber = (value: number | string) => (value === '' ? undefined : Number(value));

/** The price range in minor units, as read from the form's price fields. */
interface PriceRange {
  priceMin?: number;
  priceMax?: number;
}

/**
 * The API's parameters for the form. With a distance, the municipality is where the distance is
 * measured from; without one, the search stays inside the municipality (distances still shown).
 */
function criteriaOf(v: FilterValues, prices: PriceRange): Criteria {
  const distance = asNumber(v.distance);
  return {
    category: v.category ?? undefined,
    targetGroup: v.targetGroup ?? undefined,
    age: asNumber(v.age),
    gender: GENDERS.find((g) => g === v.gender),
    near: v.municipality ?? undefined,
    municipality: v.municipality && distance === undefined ? v.municipality : undefined,
    maxDistanceKm: v.municipality ? distance : undefined,
    minFreePlaces: asNumber(v.freePlaces),
    permitValid: v.permitValid ? true : undefined,
    ...prices,
    sort: CATALOGUE_SORTS.find((s) => s === v.sort),
  };
}

interface Props {
  filters: CatalogueFilters;
  municipalities: Municipality[];
  error: ApiError | null;
  searching: boolean;
  onSearch: (criteria: Criteria) => void;
}

export function CatalogueFilterForm({
  filters,
  municipalities,
  error,
  searching,
  onSearch,
}: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [values, setValues] = useState<FilterValues>(EMPTY_FILTERS);
  const priceField = usePriceField();
  const currency = CURRENCY_OF_COUNTRY[useActiveOrganisation()?.country ?? 'SE'];
  const [priceProblems, setPriceProblems] = useState<Record<string, string>>({});
  const set =
    <K extends keyof FilterValues>(key: K) =>
    (value: FilterValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const several = new Set(filters.categories.map((c) => c.body.id)).size > 1;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // An empty price field is no limit; a price that is not an amount stops the search.
    const problems: Record<string, string> = {};
    const prices: PriceRange = {};
    for (const [field, param] of [
      ['priceFrom', 'priceMin'],
      ['priceTo', 'priceMax'],
    ] as const) {
      if (values[field].trim() === '') continue;
      const read = priceField.read(values[field], currency);
      if (read.error === null) prices[param] = read.amountMinor;
      else problems[field] = read.error;
    }
    setPriceProblems(problems);
    if (Object.keys(problems).length === 0) onSearch(criteriaOf(values, prices));
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="catalogue-filters">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="catalogue-filters">
            {t('catalogue.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <Select
              label={t('catalogue.category')}
              placeholder={t('catalogue.anyCategory')}
              clearable
              searchable
              data={filters.categories.map((c) => ({
                value: c.id,
                label: several ? `${c.names[locale]} (${c.body.name})` : c.names[locale],
              }))}
              value={values.category}
              onChange={set('category')}
              error={error?.fieldError('category')}
            />
            <Select
              label={t('catalogue.targetGroup')}
              placeholder={t('catalogue.anyTargetGroup')}
              clearable
              searchable
              data={filters.targetGroups.map((g) => ({ value: g.code, label: g.names[locale] }))}
              value={values.targetGroup}
              onChange={set('targetGroup')}
              error={error?.fieldError('targetGroup')}
            />
            <NumberInput
              label={t('catalogue.age')}
              description={t('catalogue.ageHelp')}
              min={0}
              max={120}
              allowDecimal={false}
              value={values.age}
              onChange={set('age')}
              error={error?.fieldError('age')}
            />
            <Select
              label={t('catalogue.gender')}
              placeholder={t('catalogue.anyGender')}
              clearable
              data={GENDERS.map((g) => ({ value: g, label: t(`catalogue.genders.${g}`) }))}
              value={values.gender}
              onChange={set('gender')}
              error={error?.fieldError('gender')}
            />
            <Select
              label={t('catalogue.municipality')}
              placeholder={t('catalogue.anyMunicipality')}
              clearable
              searchable
              data={municipalities.map((m) => ({ value: m.code, label: m.name }))}
              value={values.municipality}
              onChange={set('municipality')}
              error={error?.fieldError('municipality') ?? error?.fieldError('near')}
            />
            <NumberInput
              label={t('catalogue.distance')}
              description={t('catalogue.distanceHelp')}
              min={0}
              max={2000}
              suffix=" km"
              value={values.distance}
              onChange={set('distance')}
              error={error?.fieldError('maxDistanceKm')}
            />
            <NumberInput
              label={t('catalogue.freePlaces')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={values.freePlaces}
              onChange={set('freePlaces')}
              error={error?.fieldError('minFreePlaces')}
            />
            <MoneyInput
              label={t('catalogue.priceFrom')}
              description={t('catalogue.priceHelp')}
              currency={currency}
              value={values.priceFrom}
              onChange={set('priceFrom')}
              error={priceProblems.priceFrom ?? error?.fieldError('priceMin')}
            />
            <MoneyInput
              label={t('catalogue.priceTo')}
              description={t('catalogue.priceHelp')}
              currency={currency}
              value={values.priceTo}
              onChange={set('priceTo')}
              error={priceProblems.priceTo ?? error?.fieldError('priceMax')}
            />
            <Select
              label={t('catalogue.sort')}
              allowDeselect={false}
              data={CATALOGUE_SORTS.map((s) => ({
                value: s,
                label: t(`catalogue.sorts.${s}`),
              }))}
              value={values.sort}
              onChange={(value) => set('sort')(value ?? 'name')}
              error={error?.fieldError('sort')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('catalogue.permitValid')}
            checked={values.permitValid}
            onChange={(e) => set('permitValid')(e.currentTarget.checked)}
          />
          <Group gap="sm">
            <Button type="submit" loading={searching}>
              {t('catalogue.search')}
            </Button>
            <Button
              variant="default"
              type="button"
              onClick={() => {
                setValues(EMPTY_FILTERS);
              }}
            >
              {t('catalogue.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
