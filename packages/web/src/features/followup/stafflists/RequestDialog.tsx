import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { Loading } from '../../../components/Loading';
import { SearchSelect } from '../../../components/SearchSelect';
import { findEstablishments, useChoices, useRequestStaffList, type StaffListDetail } from './api';

/** The officer asks a supplier on one of the body's agreements for an establishment's list. */
export function RequestDialog(props: {
  orgId: string;
  onClose: () => void;
  onRequested: (detail: StaffListDetail) => void;
}) {
  const { orgId, onClose, onRequested } = props;
  const { t } = useTranslation();
  const choices = useChoices(orgId);
  const mutation = useRequestStaffList(orgId);
  const required = (value: unknown) =>
    value === null || value === '' ? t('stafflists.request.required') : null;
  const form = useForm({
    initialValues: {
      agreementId: null as string | null,
      establishmentId: null as string | null,
      periodFrom: '',
      periodTo: '',
      placedResidents: '',
      deadline: '',
      message: '',
    },
    validate: {
      agreementId: required,
      establishmentId: required,
      periodFrom: required,
      periodTo: required,
      placedResidents: required,
      deadline: required,
    },
  });
  const agreementId = form.getValues().agreementId;

  return (
    <FormDialog
      title={t('stafflists.request.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        // The form's checks have made sure both are chosen.
        agreementId: values.agreementId!,
        establishmentId: values.establishmentId!,
        placedResidents: Number(values.placedResidents),
        // A local date and time in the officer's browser, sent as an instant.
        deadline: new Date(values.deadline).toISOString(),
      })}
      onSaved={onRequested}
      onClose={onClose}
      submitLabel={t('stafflists.request.submit')}
      intro={<ErrorAlert error={choices.error} />}
    >
      {choices.isPending ? (
        <Loading />
      ) : (
        <>
          <Select
            label={t('stafflists.agreement')}
            data={(choices.data?.agreements ?? []).map((a) => ({
              value: a.id,
              label: `${a.reference} ${a.title}`,
            }))}
            {...form.getInputProps('agreementId')}
            // An establishment belongs to one agreement's suppliers.
            onChange={(agreementId) => form.setValues({ agreementId, establishmentId: null })}
            required
            data-autofocus
          />
          <SearchSelect
            // A new agreement is a new search.
            key={agreementId ?? ''}
            label={t('stafflists.establishment')}
            queryKey={['stafflists', orgId, 'establishments', agreementId]}
            search={(text, signal) => findEstablishments(orgId, agreementId ?? '', text, signal)}
            enabled={agreementId !== null}
            {...form.getInputProps('establishmentId')}
            disabled={agreementId === null}
            required
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('stafflists.request.periodFrom')}
              {...form.getInputProps('periodFrom')}
              required
            />
            <TextInput
              type="date"
              label={t('stafflists.request.periodTo')}
              {...form.getInputProps('periodTo')}
              required
            />
          </Group>
          <TextInput
            type="number"
            min={0}
            max={1000}
            label={t('stafflists.placedResidents')}
            description={t('stafflists.request.residentsHelp')}
            {...form.getInputProps('placedResidents')}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('stafflists.deadline')}
            {...form.getInputProps('deadline')}
            required
          />
          <Textarea
            label={t('stafflists.message')}
            {...form.getInputProps('message')}
            maxLength={2000}
            autosize
            minRows={2}
          />
        </>
      )}
    </FormDialog>
  );
}
