import { MultiSelect, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { SearchSelect } from '../../../components/SearchSelect';
import {
  findCorrectionSuppliers,
  useCorrectionChoices,
  useCorrectionSupplier,
  useCreateCorrection,
  type CorrectionDetail,
} from './api';

/** Where the request is about, when the officer starts from an establishment's page. */
export interface CorrectionPreset {
  agreementId: string;
  supplierId: string;
  establishmentId: string;
}

/** The officer writes a request for correction: agreement, supplier, requirements, deadline. */
export function CreateCorrectionDialog(props: {
  orgId: string;
  preset?: CorrectionPreset;
  onClose: () => void;
  onCreated: (request: CorrectionDetail) => void;
}) {
  const { orgId, preset, onClose, onCreated } = props;
  const { t } = useTranslation();
  const choices = useCorrectionChoices(orgId);
  const mutation = useCreateCorrection(orgId);
  const form = useForm({
    initialValues: {
      agreementId: preset?.agreementId ?? (null as string | null),
      supplierId: preset?.supplierId ?? (null as string | null),
      establishmentId: preset?.establishmentId ?? (null as string | null),
      requirementIds: [] as string[],
      description: '',
      deadline: '',
    },
    validate: {
      agreementId: (value) => (value ? null : t('corrections.create.agreementRequired')),
      supplierId: (value) => (value ? null : t('corrections.create.supplierRequired')),
      requirementIds: (value) =>
        value.length > 0 ? null : t('corrections.create.requirementsRequired'),
      description: (value) => (value.trim() ? null : t('corrections.create.descriptionRequired')),
    },
  });
  const values = form.getValues();
  const agreement = choices.data?.agreements.find((a) => a.id === values.agreementId);
  // The chosen supplier's name and establishments (a supplier has a few).
  const supplier = useCorrectionSupplier(orgId, values.agreementId, values.supplierId).data;

  return (
    <FormDialog
      title={t('corrections.create.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(v) => ({
        ...v,
        // The form's checks have made sure both are chosen.
        agreementId: v.agreementId!,
        supplierId: v.supplierId!,
        description: v.description.trim(),
        deadline: v.deadline || null,
      })}
      onSaved={onCreated}
      onClose={onClose}
      submitLabel={t('corrections.create.submit')}
      intro={<ErrorAlert error={choices.error} />}
    >
      <Select
        label={t('corrections.create.agreement')}
        data={(choices.data?.agreements ?? []).map((a) => ({
          value: a.id,
          label: `${a.reference} ${a.title}`,
        }))}
        {...form.getInputProps('agreementId')}
        // What was chosen under another agreement does not belong to this one.
        onChange={(agreementId) =>
          form.setValues({
            agreementId,
            supplierId: null,
            establishmentId: null,
            requirementIds: [],
          })
        }
        searchable
        required
      />
      <SearchSelect
        // Another agreement is another search.
        key={values.agreementId ?? ''}
        label={t('corrections.create.supplier')}
        queryKey={['corrections', orgId, 'suppliers', values.agreementId]}
        search={(text, signal) =>
          findCorrectionSuppliers(orgId, values.agreementId ?? '', text, signal)
        }
        enabled={agreement !== undefined}
        valueLabel={supplier?.name}
        {...form.getInputProps('supplierId')}
        onChange={(supplierId) => form.setValues({ supplierId, establishmentId: null })}
        required
        disabled={!agreement}
      />
      <Select
        label={t('corrections.create.establishment')}
        description={t('corrections.create.establishmentHelp')}
        data={(supplier?.establishments ?? []).map((e) => ({ value: e.id, label: e.name }))}
        {...form.getInputProps('establishmentId')}
        clearable
        disabled={!supplier}
      />
      <MultiSelect
        label={t('corrections.create.requirements')}
        data={(agreement?.requirements ?? []).map((r) => ({ value: r.id, label: r.text }))}
        {...form.getInputProps('requirementIds')}
        searchable
        required
        disabled={!agreement}
      />
      <Textarea
        label={t('corrections.create.description')}
        description={t('corrections.create.descriptionHelp')}
        {...form.getInputProps('description')}
        autosize
        minRows={4}
        maxLength={8000}
        required
      />
      <TextInput
        type="date"
        label={t('corrections.create.deadline')}
        description={t('corrections.create.deadlineHelp')}
        {...form.getInputProps('deadline')}
      />
    </FormDialog>
  );
}
