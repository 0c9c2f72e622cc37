import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '@tildel/domain/country';
import type { Country, Locale } from '../../../lib/types';
import { FormDialog } from '../../../components/FormDialog';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { useRegisterSupplier } from './api';

interface RegisterSupplierDialogProps {
  orgId: string;
  onClose: () => void;
  onRegistered: (supplier: { id: string; name: string }) => void;
}

/** Registers a supplier by its number and invites the person who will keep its data. */
export function RegisterSupplierDialog({
  orgId,
  onClose,
  onRegistered,
}: RegisterSupplierDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      name: '',
      country: 'SE' as Country,
      identifier: '',
      adminEmail: '',
      adminLocale: 'sv' as Locale,
    },
    // A country brings its language for the invitation; another may be chosen after.
    onValuesChange: (values, previous) => {
      if (values.country !== previous.country)
        form.setFieldValue('adminLocale', values.country === 'DK' ? 'da' : 'sv');
    },
  });
  const mutation = useRegisterSupplier(orgId);
  const { country } = form.values;

  return (
    <FormDialog
      title={t('suppliers.register.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        identifier: values.identifier.trim(),
        adminEmail: values.adminEmail.trim(),
      })}
      onSaved={onRegistered}
      onClose={onClose}
      submitLabel={t('suppliers.register.submit')}
    >
      <TextInput
        label={t('suppliers.register.name')}
        {...form.getInputProps('name')}
        required
        maxLength={200}
        data-autofocus
      />
      <NativeSelect label={t('suppliers.country')} {...form.getInputProps('country')} required>
        {COUNTRIES.map((c) => (
          <option key={c} value={c}>
            {t(`countries.${c}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        label={t(`suppliers.identifier.${country}`)}
        description={t(`suppliers.register.identifierHelp.${country}`)}
        inputMode="numeric"
        autoComplete="off"
        {...form.getInputProps('identifier')}
        required
        maxLength={20}
      />
      <TextInput
        label={t('suppliers.register.adminEmail')}
        description={t('suppliers.register.adminEmailHelp')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('adminEmail')}
        required
      />
      <LanguageSelect
        label={t('suppliers.register.adminLocale')}
        {...form.getInputProps('adminLocale')}
        value={form.values.adminLocale}
      />
    </FormDialog>
  );
}
