import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EDUCATION_CODES } from '@tildel/domain/consultant';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveConsultant } from './api';
import { formatList, parseList } from './lists';
import type { Consultant, Education, Experience } from '../../../lib/company';

/** The staffing areas of the default taxonomy. */
const AREAS = ['children_youth', 'adult_addiction', 'financial_assistance', 'disability'];

/** An input holds a number or, while being typed over, an empty string. */
const whole = (value: number | string) => Number(value) || 0;

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
  const form = useForm({
    initialValues: {
      name: c?.name ?? '',
      educations: (c?.educations ?? [{ code: 'socionomexamen', year: thisYear - 5 }]) as {
        code: Education['code'];
        year: number | string;
      }[],
      experience: (c?.experience ?? [{ area: 'children_youth', years: 1 }]) as {
        area: Experience['area'];
        years: number | string;
      }[],
      languages: formatList(c?.languages ?? ['sv']),
      availableFrom: c?.availableFrom ?? '',
      availableExtentPercent: (c?.availableExtentPercent ?? 100) as number | string,
    },
  });
  const mutation = useSaveConsultant(orgId);
  const { educations, experience } = form.values;

  const toVariables = (values: typeof form.values) => {
    const input = {
      name: values.name,
      educations: values.educations.map((e) => ({ code: e.code, year: whole(e.year) })),
      experience: values.experience.map((x) => ({ area: x.area, years: whole(x.years) })),
      languages: parseList(values.languages).map((l) => l.toLowerCase()),
      availableFrom: values.availableFrom || null,
      availableExtentPercent:
        values.availableExtentPercent === '' ? null : Number(values.availableExtentPercent),
    };
    return c ? { id: c.id, input: { ...input, version: c.version } } : { input };
  };

  return (
    <FormDialog
      title={c ? t('company.consultants.editTitle') : t('company.consultants.addTitle')}
      size="xl"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('company.save')}
    >
      <TextInput
        label={t('company.consultants.name')}
        {...form.getInputProps('name')}
        required
        maxLength={200}
        data-autofocus
      />
      <Fieldset legend={t('company.consultants.educations')}>
        <Stack gap="xs">
          {educations.map((_, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('company.consultants.education', { n: i + 1 })}
                {...form.getInputProps(`educations.${i}.code`)}
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
                {...form.getInputProps(`educations.${i}.year`)}
                min={1960}
                max={thisYear}
                allowDecimal={false}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                size="lg"
                onClick={() => form.removeListItem('educations', i)}
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
              form.insertListItem('educations', { code: 'socionomexamen', year: thisYear })
            }
            style={{ alignSelf: 'flex-start' }}
          >
            {t('company.consultants.addEducation')}
          </Button>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('company.consultants.experience')}>
        <Stack gap="xs">
          {experience.map((_, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('company.consultants.area', { n: i + 1 })}
                {...form.getInputProps(`experience.${i}.area`)}
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
                {...form.getInputProps(`experience.${i}.years`)}
                min={0}
                max={50}
                allowDecimal={false}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                size="lg"
                onClick={() => form.removeListItem('experience', i)}
                aria-label={t('company.consultants.removeArea', { n: i + 1 })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            onClick={() => form.insertListItem('experience', { area: AREAS[0]!, years: 1 })}
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
          {...form.getInputProps('languages')}
          maxLength={200}
        />
        <TextInput
          label={t('company.consultants.availableFrom')}
          type="date"
          {...form.getInputProps('availableFrom')}
        />
        <NumberInput
          label={t('company.consultants.extent')}
          {...form.getInputProps('availableExtentPercent')}
          min={0}
          max={100}
          suffix=" %"
          allowDecimal={false}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
