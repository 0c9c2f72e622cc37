import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import type { Country } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useCreateDps, useSetUpChoices } from './api';
import type { NewDps } from './types';

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

const FIELDS = [
  'reference',
  'title',
  'description',
  'country',
  'validFrom',
  'validTo',
  'initialPeriodEndsOn',
  'agreedTenderPeriodDays',
  'categoryIds',
  'municipalityIds',
  'requirements',
];

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
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [country, setCountry] = useState<Country>(defaultCountry);
  const [validFrom, setValidFrom] = useState(isoDay(0));
  const [validTo, setValidTo] = useState(isoDay(4 * 365));
  const [initialPeriodEndsOn, setInitialPeriodEndsOn] = useState(isoDay(30));
  const [central, setCentral] = useState(false);
  const [shorter, setShorter] = useState<number | null>(null);
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [municipalityIds, setMunicipalityIds] = useState<string[] | null>(null);
  const [requirementCodes, setRequirementCodes] = useState<string[] | null>(null);

  const allCodes = choices.data?.requirements.map((r) => r.code) ?? [];
  const chosenCodes = requirementCodes ?? allCodes;
  const chosenMunicipalities =
    municipalityIds ?? choices.data?.municipalities.map((m) => m.id) ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!choices.data) return;
    mutation.mutate(
      {
        reference: reference.trim(),
        title: title.trim(),
        description,
        country,
        validFrom,
        validTo,
        initialPeriodEndsOn,
        ownerIsCentralPurchasingBody: central,
        agreedTenderPeriodDays: central ? null : shorter,
        categoryIds,
        municipalityIds: chosenMunicipalities,
        requirements: choices.data.requirements
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
      },
      { onSuccess: (dps) => onCreated(dps.id) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dps.create.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {choices.isPending ? (
        <Loading />
      ) : choices.isError ? (
        <ErrorAlert error={choices.error} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
            <TextInput
              label={t('dps.fields.reference')}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={apiError?.fieldError('reference')}
              required
              data-autofocus
            />
            <TextInput
              label={t('dps.fields.title')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={apiError?.fieldError('title')}
              required
            />
            <Textarea
              label={t('dps.fields.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
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
              value={country}
              onChange={(v) => setCountry(v === 'DK' ? 'DK' : 'SE')}
              allowDeselect={false}
            />
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('dps.fields.validFrom')}
                value={validFrom}
                onChange={(e) => setValidFrom(e.currentTarget.value)}
                error={apiError?.fieldError('validFrom')}
                required
              />
              <TextInput
                type="date"
                label={t('dps.fields.validTo')}
                value={validTo}
                onChange={(e) => setValidTo(e.currentTarget.value)}
                error={apiError?.fieldError('validTo')}
                required
              />
            </Group>
            <TextInput
              type="date"
              label={t('dps.fields.initialPeriodEndsOn')}
              description={t('dps.create.initialPeriodHelp')}
              value={initialPeriodEndsOn}
              onChange={(e) => setInitialPeriodEndsOn(e.currentTarget.value)}
              error={apiError?.fieldError('initialPeriodEndsOn')}
              required
            />
            <Checkbox
              label={t('dps.fields.centralPurchasingBody')}
              checked={central}
              onChange={(e) => setCentral(e.currentTarget.checked)}
            />
            <NumberInput
              label={t('dps.fields.agreedTenderPeriodDays')}
              description={t('dps.create.shorterHelp')}
              value={shorter ?? ''}
              onChange={(v) => setShorter(typeof v === 'number' ? v : null)}
              min={1}
              max={9}
              allowDecimal={false}
              disabled={central}
              error={apiError?.fieldError('agreedTenderPeriodDays')}
            />
            <Checkbox.Group
              label={t('dps.fields.categories')}
              value={categoryIds}
              onChange={setCategoryIds}
              error={apiError?.fieldError('categoryIds')}
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
                value={chosenMunicipalities}
                onChange={setMunicipalityIds}
                error={apiError?.fieldError('municipalityIds')}
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
              value={chosenCodes}
              onChange={setRequirementCodes}
              error={apiError?.fieldError('requirements')}
            >
              <Stack gap={6} mt={6}>
                {choices.data.requirements.map((r) => (
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
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('dps.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
