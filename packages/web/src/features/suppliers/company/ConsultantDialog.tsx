import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EDUCATION_CODES } from '@tildel/domain/consultant';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveConsultant } from './api';
import { formatList, parseList } from './lists';
import type { Consultant, Education, Experience } from '../../../lib/company';

/** The staffing areas of the default taxonomy. */
const AREAS = ['children_youth', 'adult_addiction', 'financial_assistance', 'disability'];

const FIELDS = [
  'name',
  'educations',
  'experience',
  'languages',
  'availableFrom',
  'availableExtentPercent',
];

interface ConsultantDialogProps {
  orgId: string;
  consultant: Consultant | null;
  onClose: () => void;
  onSaved: (consultant: Consultant) => void;
}

export function ConsultantDialog({
  orgId,
  consultant: c,
  onClose,
  onSaved,
}: ConsultantDialogProps) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [name, setName] = useState(c?.name ?? '');
  const [educations, setEducations] = useState<Education[]>(
    c?.educations ?? [{ code: 'socionomexamen', year: thisYear - 5 }],
  );
  const [experience, setExperience] = useState<Experience[]>(
    c?.experience ?? [{ area: 'children_youth', years: 1 }],
  );
  const [languages, setLanguages] = useState(formatList(c?.languages ?? ['sv']));
  const [availableFrom, setAvailableFrom] = useState(c?.availableFrom ?? '');
  const [extent, setExtent] = useState<string | number>(c?.availableExtentPercent ?? 100);
  const mutation = useSaveConsultant(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name,
      educations,
      experience,
      languages: parseList(languages).map((l) => l.toLowerCase()),
      availableFrom: availableFrom || null,
      availableExtentPercent: extent === '' ? null : Number(extent),
    };
    mutation.mutate(c ? { id: c.id, input: { ...input, version: c.version } } : { input }, {
      onSuccess: onSaved,
    });
  };

  const setEducation = (i: number, change: Partial<Education>) =>
    setEducations(educations.map((e, k) => (k === i ? { ...e, ...change } : e)));
  const setArea = (i: number, change: Partial<Experience>) =>
    setExperience(experience.map((x, k) => (k === i ? { ...x, ...change } : x)));

  return (
    <Modal
      opened
      onClose={onClose}
      title={c ? t('company.consultants.editTitle') : t('company.consultants.addTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <TextInput
            label={t('company.consultants.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={apiError?.fieldError('name')}
            required
            maxLength={200}
            data-autofocus
          />
          <Fieldset legend={t('company.consultants.educations')}>
            <Stack gap="xs">
              {educations.map((e, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <NativeSelect
                    label={t('company.consultants.education', { n: i + 1 })}
                    value={e.code}
                    onChange={(ev) => {
                      const next = EDUCATION_CODES.find((code) => code === ev.currentTarget.value);
                      if (next) setEducation(i, { code: next });
                    }}
                    style={{ flex: 2 }}
                  >
                    {EDUCATION_CODES.map((code) => (
                      <option key={code} value={code}>
                        {t(`company.educations.${code}`)}
                      </option>
                    ))}
                  </NativeSelect>
                  <NumberInput
                    label={t('company.consultants.year', { n: i + 1 })}
                    value={e.year}
                    onChange={(v) => setEducation(i, { year: Number(v) || 0 })}
                    error={apiError?.fieldError(`educations.${i}.year`)}
                    min={1960}
                    max={thisYear}
                    allowDecimal={false}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    onClick={() => setEducations(educations.filter((_, k) => k !== i))}
                    aria-label={t('company.consultants.removeEducation', { n: i + 1 })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                onClick={() =>
                  setEducations([...educations, { code: 'socionomexamen', year: thisYear }])
                }
                style={{ alignSelf: 'flex-start' }}
              >
                {t('company.consultants.addEducation')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('company.consultants.experience')}>
            <Stack gap="xs">
              {experience.map((x, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <NativeSelect
                    label={t('company.consultants.area', { n: i + 1 })}
                    value={x.area}
                    onChange={(ev) => setArea(i, { area: ev.currentTarget.value })}
                    error={apiError?.fieldError(`experience.${i}.area`)}
                    style={{ flex: 2 }}
                  >
                    {AREAS.map((area) => (
                      <option key={area} value={area}>
                        {t(`company.areas.${area}`)}
                      </option>
                    ))}
                  </NativeSelect>
                  <NumberInput
                    label={t('company.consultants.years', { n: i + 1 })}
                    value={x.years}
                    onChange={(v) => setArea(i, { years: Number(v) || 0 })}
                    error={apiError?.fieldError(`experience.${i}.years`)}
                    min={0}
                    max={50}
                    allowDecimal={false}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    onClick={() => setExperience(experience.filter((_, k) => k !== i))}
                    aria-label={t('company.consultants.removeArea', { n: i + 1 })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setExperience([...experience, { area: AREAS[0]!, years: 1 }])}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('company.consultants.addArea')}
              </Button>
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('company.languages')}
              description={t('company.languagesHelp')}
              value={languages}
              onChange={(e) => setLanguages(e.currentTarget.value)}
              error={apiError?.fieldError('languages')}
              maxLength={200}
            />
            <TextInput
              label={t('company.consultants.availableFrom')}
              type="date"
              value={availableFrom}
              onChange={(e) => setAvailableFrom(e.currentTarget.value)}
              error={apiError?.fieldError('availableFrom')}
            />
            <NumberInput
              label={t('company.consultants.extent')}
              value={extent}
              onChange={setExtent}
              error={apiError?.fieldError('availableExtentPercent')}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
            />
          </SimpleGrid>
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
