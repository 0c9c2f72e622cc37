import { Button, Checkbox, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
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
  const form = useForm({ initialValues: { municipalityIds: chosen } });
  const choose = (ids: string[]) => form.setFieldValue('municipalityIds', ids);

  return (
    <FormDialog
      title={t('agreements.municipalitiesDialog.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => values.municipalityIds}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('agreements.municipalitiesDialog.submit', {
        count: form.values.municipalityIds.length,
      })}
      submitAutoFocus
      footerStart={
        <>
          <Button variant="subtle" onClick={() => choose(mandate.map((m) => m.id))}>
            {t('agreements.municipalitiesDialog.all')}
          </Button>
          <Button variant="subtle" onClick={() => choose([])}>
            {t('agreements.municipalitiesDialog.none')}
          </Button>
        </>
      }
    >
      <Checkbox.Group
        label={t('agreements.municipalitiesDialog.label')}
        description={t('agreements.municipalitiesDialog.help')}
        {...form.getInputProps('municipalityIds')}
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
    </FormDialog>
  );
}
