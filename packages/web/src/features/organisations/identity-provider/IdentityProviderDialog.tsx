import { PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveIdentityProvider, type IdentityProviderSettings } from './api';

/** "kristianstad.se, ks.se" → each domain once, as typed. */
function domainsOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((d) => d !== ''))];
}

export function IdentityProviderDialog({
  orgId,
  current,
  onClose,
  onSaved,
}: {
  orgId: string;
  current: IdentityProviderSettings | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      displayName: current?.displayName ?? '',
      issuer: current?.issuer ?? '',
      clientId: current?.clientId ?? '',
      clientSecret: '',
      emailDomains: current?.emailDomains.join(', ') ?? '',
    },
    validate: {
      displayName: (v) => (v.trim() ? null : t('identityProvider.displayNameRequired')),
      issuer: (v) =>
        /^https?:\/\/\S+$/.test(v.trim()) ? null : t('identityProvider.issuerInvalid'),
      clientId: (v) => (v.trim() ? null : t('identityProvider.clientIdRequired')),
      clientSecret: (v) =>
        current || v !== '' ? null : t('identityProvider.clientSecretRequired'),
      emailDomains: (v) => (domainsOf(v).length > 0 ? null : t('identityProvider.domainsRequired')),
    },
  });
  const mutation = useSaveIdentityProvider(orgId);

  return (
    <FormDialog
      title={t(current ? 'identityProvider.changeTitle' : 'identityProvider.setUpTitle')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        displayName: values.displayName.trim(),
        issuer: values.issuer.trim(),
        clientId: values.clientId.trim(),
        // Left empty when changing: the secret kept on the server stays.
        ...(values.clientSecret !== '' ? { clientSecret: values.clientSecret } : {}),
        emailDomains: domainsOf(values.emailDomains),
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('identityProvider.save')}
      intro={t('identityProvider.intro')}
    >
      <TextInput
        label={t('identityProvider.displayName')}
        description={t('identityProvider.displayNameHelp')}
        {...form.getInputProps('displayName')}
        required
        data-autofocus
      />
      <TextInput
        label={t('identityProvider.issuer')}
        description={t('identityProvider.issuerHelp')}
        type="url"
        {...form.getInputProps('issuer')}
        required
      />
      <TextInput
        label={t('identityProvider.clientId')}
        autoComplete="off"
        {...form.getInputProps('clientId')}
        required
      />
      <PasswordInput
        label={t('identityProvider.clientSecret')}
        description={current ? t('identityProvider.clientSecretKeep') : undefined}
        autoComplete="new-password"
        {...form.getInputProps('clientSecret')}
        required={!current}
      />
      <TextInput
        label={t('identityProvider.emailDomains')}
        description={t('identityProvider.emailDomainsHelp')}
        autoComplete="off"
        {...form.getInputProps('emailDomains')}
        required
      />
    </FormDialog>
  );
}
