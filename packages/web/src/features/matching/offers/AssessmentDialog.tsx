import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QUALITY_THEMES, type QualityTheme } from '@tildel/domain/matching/types';
import { FormDialog } from '../../../components/FormDialog';
import { useAddAssessment, type Offer } from './api';

/** The supervisory authority's published assessment: the day and the seven theme scores 1–5. */
export function AssessmentDialog({
  orgId,
  offer,
  onClose,
}: {
  orgId: string;
  offer: Offer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      assessedOn: '',
      ...(Object.fromEntries(QUALITY_THEMES.map((theme) => [theme, 4])) as Record<
        QualityTheme,
        number | string
      >),
    },
    validate: {
      assessedOn: (value) => (value ? null : t('offers.assessment.dateRequired')),
    },
  });
  const mutation = useAddAssessment(orgId);
  return (
    <FormDialog
      title={t('offers.assessment.title', { name: offer.name })}
      form={form}
      mutation={mutation}
      serverFields={Object.fromEntries(QUALITY_THEMES.map((theme) => [`scores.${theme}`, theme]))}
      toVariables={(v) => ({
        id: offer.id,
        assessedOn: v.assessedOn,
        scores: Object.fromEntries(
          QUALITY_THEMES.map((theme) => [theme, Number(v[theme]) || 1]),
        ) as Record<QualityTheme, number>,
      })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('offers.assessment.submit')}
    >
      <TextInput
        type="date"
        label={t('offers.assessment.assessedOn')}
        withAsterisk
        {...form.getInputProps('assessedOn')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {QUALITY_THEMES.map((theme) => (
          <NumberInput
            key={theme}
            label={t(`offers.assessment.themes.${theme}`)}
            min={1}
            max={5}
            allowDecimal={false}
            {...form.getInputProps(theme)}
          />
        ))}
      </SimpleGrid>
    </FormDialog>
  );
}
