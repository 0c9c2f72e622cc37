import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, isCountry } from '@tildel/domain/country';
import { ApiError } from '../../../lib/api';
import type { Country, Locale } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { useRegisterSupplier } from './api';

const FIELDS = ['name', 'country', 'identifier', 'adminEmail', 'adminLocale'];

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
  const [name, setName] = useState('');
  const [country, setCountry] = useState<Country>('SE');
  const [identifier, setIdentifier] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminLocale, setAdminLocale] = useState<Locale>('sv');
  const mutation = useRegisterSupplier(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { name, country, identifier: identifier.trim(), adminEmail: adminEmail.trim(), adminLocale },
      { onSuccess: onRegistered },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('suppliers.register.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <TextInput
            label={t('suppliers.register.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={apiError?.fieldError('name')}
            required
            maxLength={200}
            data-autofocus
          />
          <NativeSelect
            label={t('suppliers.country')}
            value={country}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (isCountry(next)) {
                setCountry(next);
                setAdminLocale(next === 'DK' ? 'da' : 'sv');
              }
            }}
            error={apiError?.fieldError('country')}
            required
          >
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
            value={identifier}
            onChange={(e) => setIdentifier(e.currentTarget.value)}
            error={apiError?.fieldError('identifier')}
            required
            maxLength={20}
          />
          <TextInput
            label={t('suppliers.register.adminEmail')}
            description={t('suppliers.register.adminEmailHelp')}
            type="email"
            autoComplete="off"
            value={adminEmail}
            onChange={(e) => setAdminEmail(e.currentTarget.value)}
            error={apiError?.fieldError('adminEmail')}
            required
          />
          <LanguageSelect
            label={t('suppliers.register.adminLocale')}
            value={adminLocale}
            onChange={setAdminLocale}
            error={apiError?.fieldError('adminLocale')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('suppliers.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
