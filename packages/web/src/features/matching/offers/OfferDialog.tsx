import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LEGAL_BASES, type LegalBasisCode } from '@tildel/domain/matching/legal-basis';
import { OFFER_FORMS } from '@tildel/domain/matching/vocabulary';
import { useFormatters } from '../../../lib/format';
import { FormDialog } from '../../../components/FormDialog';
import { useUpdateOffer, type Offer } from './api';

/** The offer's own fields; saving states its capacity, so it confirms the offer. */
export function OfferDialog({
  orgId,
  offer,
  onClose,
}: {
  orgId: string;
  offer: Offer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const form = useForm({
    initialValues: {
      form: offer.form as string,
      legalBases: offer.legalBases as string[],
      placesTotal: offer.placesTotal as string | number,
      placesFree: offer.placesFree as string | number,
      nextFreeOn: offer.nextFreeOn ?? '',
      assumedOccupancyPercent: (offer.assumedOccupancyPercent ?? '') as string | number,
    },
  });
  const mutation = useUpdateOffer(orgId);
  return (
    <FormDialog
      title={t('offers.edit.title', { name: offer.name })}
      form={form}
      mutation={mutation}
      toVariables={(v) => ({
        id: offer.id,
        form: v.form as Offer['form'],
        legalBases: v.legalBases as LegalBasisCode[],
        placesTotal: Number(v.placesTotal) || 0,
        placesFree: Number(v.placesFree) || 0,
        nextFreeOn: v.nextFreeOn || null,
        assumedOccupancyPercent:
          v.assumedOccupancyPercent === '' ? null : Number(v.assumedOccupancyPercent),
        version: offer.version,
      })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('offers.edit.submit')}
    >
      <Select
        label={t('offers.fields.form')}
        data={OFFER_FORMS.map((f) => ({ value: f, label: t(`offers.forms.${f}`) }))}
        allowDeselect={false}
        {...form.getInputProps('form')}
      />
      <MultiSelect
        label={t('offers.fields.legalBases')}
        data={LEGAL_BASES.filter((b) => b.country === offer.country).map((b) => ({
          value: b.code,
          label: b.names[locale],
        }))}
        {...form.getInputProps('legalBases')}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('offers.fields.placesFree')}
          min={0}
          max={100000}
          allowDecimal={false}
          {...form.getInputProps('placesFree')}
        />
        <NumberInput
          label={t('offers.fields.placesTotal')}
          min={0}
          max={100000}
          allowDecimal={false}
          {...form.getInputProps('placesTotal')}
        />
        <TextInput
          type="date"
          label={t('offers.fields.nextFreeOn')}
          description={t('offers.fields.nextFreeOnHelp')}
          {...form.getInputProps('nextFreeOn')}
        />
        <NumberInput
          label={t('offers.fields.occupancy')}
          description={t('offers.fields.occupancyHelp')}
          min={1}
          max={100}
          allowDecimal={false}
          suffix=" %"
          {...form.getInputProps('assumedOccupancyPercent')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
