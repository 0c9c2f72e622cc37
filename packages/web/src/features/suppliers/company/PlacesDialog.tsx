import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const [placesFree, setPlacesFree] = useState<string | number>(establishment.placesFree);
  const [placesTotal, setPlacesTotal] = useState<string | number>(establishment.placesTotal);
  const mutation = useUpdatePlaces(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        id: establishment.id,
        placesFree: Number(placesFree) || 0,
        placesTotal: Number(placesTotal) || 0,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('company.places.title', { name: establishment.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {establishment.placesUpdatedAt
              ? t('company.places.lastUpdated', { when: f.dateTime(establishment.placesUpdatedAt) })
              : t('company.places.neverUpdated')}
          </Text>
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['placesFree', 'placesTotal']} />
          )}
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('company.establishments.placesFree')}
              value={placesFree}
              onChange={setPlacesFree}
              error={apiError?.fieldError('placesFree')}
              min={0}
              max={10000}
              allowDecimal={false}
              data-autofocus
            />
            <NumberInput
              label={t('company.establishments.placesTotal')}
              value={placesTotal}
              onChange={setPlacesTotal}
              error={apiError?.fieldError('placesTotal')}
              min={0}
              max={10000}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('company.places.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
