import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TARGET_GROUPS,
  GENDERS,
  isServiceKind,
  SERVICE_KINDS,
} from '@tildel/domain/taxonomy';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import type { Country } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MunicipalitySelect } from './MunicipalitySelect';
import { useSaveEstablishment } from './api';
import { formatList, parseList } from './lists';
import type { Establishment } from '../../../lib/company';

const FIELDS = [
  'name',
  'serviceKind',
  'street',
  'postalCode',
  'city',
  'municipalityCode',
  'placesTotal',
  'placesFree',
  'targetGroups',
  'ageMin',
  'ageMax',
  'gender',
  'methods',
  'languages',
  'description',
];

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
  const [name, setName] = useState(e?.name ?? '');
  const [serviceKind, setServiceKind] = useState(e?.serviceKind ?? 'hvb');
  const [street, setStreet] = useState(e?.street ?? '');
  const [postalCode, setPostalCode] = useState(e?.postalCode ?? '');
  const [city, setCity] = useState(e?.city ?? '');
  const [municipalityCode, setMunicipalityCode] = useState(e?.municipalityCode ?? '');
  const [placesTotal, setPlacesTotal] = useState<string | number>(e?.placesTotal ?? 0);
  const [placesFree, setPlacesFree] = useState<string | number>(e?.placesFree ?? 0);
  const [targetGroups, setTargetGroups] = useState<string[]>(e?.targetGroups ?? []);
  const [ageMin, setAgeMin] = useState<string | number>(e?.ageMin ?? 0);
  const [ageMax, setAgeMax] = useState<string | number>(e?.ageMax ?? 120);
  const [gender, setGender] = useState<Establishment['gender']>(e?.gender ?? 'any');
  const [methods, setMethods] = useState(formatList(e?.methods ?? []));
  const [languages, setLanguages] = useState(formatList(e?.languages ?? []));
  const [description, setDescription] = useState(e?.description ?? '');
  const [municipalityMissing, setMunicipalityMissing] = useState(false);
  const mutation = useSaveEstablishment(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!municipalityCode) {
      setMunicipalityMissing(true);
      return;
    }
    const input = {
      name,
      serviceKind,
      street,
      postalCode,
      city,
      municipalityCode,
      placesTotal: asNumber(placesTotal),
      placesFree: asNumber(placesFree),
      targetGroups,
      ageMin: asNumber(ageMin),
      ageMax: asNumber(ageMax),
      gender,
      methods: parseList(methods),
      languages: parseList(languages).map((l) => l.toLowerCase()),
      description,
    };
    mutation.mutate(e ? { id: e.id, input: { ...input, version: e.version } } : { input }, {
      onSuccess: onSaved,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={e ? t('company.establishments.editTitle') : t('company.establishments.addTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('company.establishments.name')}
              value={name}
              onChange={(ev) => setName(ev.currentTarget.value)}
              error={apiError?.fieldError('name')}
              required
              maxLength={200}
              data-autofocus
            />
            <NativeSelect
              label={t('company.establishments.serviceKind')}
              value={serviceKind}
              onChange={(ev) => {
                const next = ev.currentTarget.value;
                if (isServiceKind(next)) setServiceKind(next);
              }}
              error={apiError?.fieldError('serviceKind')}
              required
            >
              {SERVICE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`company.serviceKinds.${k}`)}
                </option>
              ))}
            </NativeSelect>
          </SimpleGrid>
          <TextInput
            label={t('company.street')}
            value={street}
            onChange={(ev) => setStreet(ev.currentTarget.value)}
            error={apiError?.fieldError('street')}
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('company.postalCode')}
              value={postalCode}
              onChange={(ev) => setPostalCode(ev.currentTarget.value)}
              error={apiError?.fieldError('postalCode')}
              maxLength={20}
            />
            <TextInput
              label={t('company.city')}
              value={city}
              onChange={(ev) => setCity(ev.currentTarget.value)}
              error={apiError?.fieldError('city')}
              maxLength={100}
            />
            <MunicipalitySelect
              country={country}
              value={municipalityCode}
              onChange={(code) => {
                setMunicipalityCode(code);
                setMunicipalityMissing(false);
              }}
              error={
                municipalityMissing
                  ? t('company.establishments.municipalityRequired')
                  : apiError?.fieldError('municipalityCode')
              }
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('company.establishments.placesTotal')}
              value={placesTotal}
              onChange={setPlacesTotal}
              error={apiError?.fieldError('placesTotal')}
              min={0}
              max={10000}
              allowDecimal={false}
              required
            />
            <NumberInput
              label={t('company.establishments.placesFree')}
              value={placesFree}
              onChange={setPlacesFree}
              error={apiError?.fieldError('placesFree')}
              min={0}
              max={10000}
              allowDecimal={false}
              required
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('company.establishments.targetGroups')}
            value={targetGroups}
            onChange={setTargetGroups}
            error={apiError?.fieldError('targetGroups')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {DEFAULT_TARGET_GROUPS.map((g) => (
                <Checkbox key={g.code} value={g.code} label={g.names[locale]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('company.establishments.ageMin')}
              value={ageMin}
              onChange={setAgeMin}
              error={apiError?.fieldError('ageMin')}
              min={0}
              max={120}
              allowDecimal={false}
            />
            <NumberInput
              label={t('company.establishments.ageMax')}
              value={ageMax}
              onChange={setAgeMax}
              error={apiError?.fieldError('ageMax')}
              min={0}
              max={120}
              allowDecimal={false}
            />
            <NativeSelect
              label={t('company.establishments.gender')}
              value={gender}
              onChange={(ev) => {
                const next = GENDERS.find((g) => g === ev.currentTarget.value);
                if (next) setGender(next);
              }}
              error={apiError?.fieldError('gender')}
            >
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
            value={methods}
            onChange={(ev) => setMethods(ev.currentTarget.value)}
            error={apiError?.fieldError('methods')}
            maxLength={2000}
          />
          <TextInput
            label={t('company.languages')}
            description={t('company.languagesHelp')}
            value={languages}
            onChange={(ev) => setLanguages(ev.currentTarget.value)}
            error={apiError?.fieldError('languages')}
            maxLength={200}
          />
          <Textarea
            label={t('company.description')}
            value={description}
            onChange={(ev) => setDescription(ev.currentTarget.value)}
            error={apiError?.fieldError('description')}
            maxLength={4000}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('company.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
