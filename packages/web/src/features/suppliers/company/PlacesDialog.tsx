import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { FormDialog } from '../../../components/FormDialog';
import { useUpdatePlaces } from './api';
import type { Establishment } from '../../../lib/company';

/** The quick report of free places: buyers trust the date as much as the number. */
export function PlacesDialog({
  orgId,
  establishment,
  onClose,
  onSaved,
}: {
  orgId: string;
  establishment: Establishment;
  onClose: () => void;
  onSaved: (establishment: Establishment) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const form = useForm({
    initialValues: {
      placesFree: establishment.placesFree as string | number,
      placesTotal: establishment.placesTotal as string | number,
    },
  });
  const mutation = useUpdatePlaces(orgId);

  return (
    <FormDialog
      title={t('company.places.title', { name: establishment.name })}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        id: establishment.id,
        placesFree: Number(values.placesFree) || 0,
        placesTotal: Number(values.placesTotal) || 0,
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('company.places.submit')}
      intro={
        <Text size="sm">
          {establishment.placesUpdatedAt
            ? t('company.places.lastUpdated', { when: f.dateTime(establishment.placesUpdatedAt) })
            : t('company.places.neverUpdated')}
        </Text>
      }
    >
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('company.establishments.placesFree')}
          {...form.getInputProps('placesFree')}
          min={0}
          max={10000}
          allowDecimal={false}
          data-autofocus
        />
        <NumberInput
          label={t('company.establishments.placesTotal')}
          {...form.getInputProps('placesTotal')}
          min={0}
          max={10000}
          allowDecimal={false}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
