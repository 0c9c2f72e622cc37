import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useSetMunicipalities } from './api';
import type { DraftingChoices } from './types';

/** The participating municipalities of a draft, chosen from the owner's mandate. */
export function MunicipalitiesDialog({
  orgId,
  agreementId,
  mandate,
  chosen,
  onClose,
  onSaved,
}: {
  orgId: string;
  agreementId: string;
  mandate: DraftingChoices['municipalities'];
  chosen: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSetMunicipalities(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [ids, setIds] = useState(chosen);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(ids, { onSuccess: onSaved });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.municipalitiesDialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['municipalityIds']} />
          )}
          <Checkbox.Group
            label={t('agreements.municipalitiesDialog.label')}
            description={t('agreements.municipalitiesDialog.help')}
            value={ids}
            onChange={setIds}
            error={apiError?.fieldError('municipalityIds')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {mandate.map((m) => (
                <Checkbox
                  key={m.id}
                  value={m.id}
                  label={m.municipalityCode ? `${m.name} (${m.municipalityCode})` : m.name}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="space-between" gap="sm">
            <Group gap="xs">
              <Button variant="subtle" onClick={() => setIds(mandate.map((m) => m.id))}>
                {t('agreements.municipalitiesDialog.all')}
              </Button>
              <Button variant="subtle" onClick={() => setIds([])}>
                {t('agreements.municipalitiesDialog.none')}
              </Button>
            </Group>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending} data-autofocus>
                {t('agreements.municipalitiesDialog.submit', { count: ids.length })}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
