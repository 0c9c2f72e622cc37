// The organisation admin's view of sign-in through the organisation's own identity provider
// (OpenID Connect): what is set, the address to register with the provider, and the dialogs.
import { useState } from 'react';
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { IdentityProviderDialog } from './IdentityProviderDialog';
import { useIdentityProvider, useRemoveIdentityProvider } from './api';

export function IdentityProviderSection({
  orgId,
  onNotice,
}: {
  orgId: string;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const answer = useIdentityProvider(orgId);
  const remove = useRemoveIdentityProvider(orgId);
  const [dialog, setDialog] = useState<'none' | 'edit' | 'remove'>('none');
  const close = () => setDialog('none');
  const provider = answer.data?.provider ?? null;

  return (
    <section aria-labelledby="identity-provider-heading">
      <Title order={2} size="h3" id="identity-provider-heading" mb="sm">
        {t('identityProvider.title')}
      </Title>
      {answer.isPending && <Loading />}
      {answer.isError && <ErrorAlert error={answer.error} onRetry={() => void answer.refetch()} />}
      {answer.data && (
        <Stack gap="xs">
          {provider ? (
            <dl>
              {[
                ['displayName', provider.displayName],
                ['issuer', provider.issuer],
                ['clientId', provider.clientId],
                ['clientSecret', t('identityProvider.secretKept')],
                ['emailDomains', provider.emailDomains.join(', ')],
              ].map(([field, value]) => (
                <div key={field}>
                  <Text component="dt" fw={600} size="sm">
                    {t(`identityProvider.${field}`)}
                  </Text>
                  <Text component="dd" size="sm" ml={0} mb="xs">
                    {value}
                  </Text>
                </div>
              ))}
            </dl>
          ) : (
            <Text>{t('identityProvider.none')}</Text>
          )}
          <Text size="sm">
            {t('identityProvider.redirectUri')} <Code>{answer.data.redirectUri}</Code>
          </Text>
          <Group>
            <Button onClick={() => setDialog('edit')}>
              {t(provider ? 'identityProvider.change' : 'identityProvider.setUp')}
            </Button>
            {provider && (
              <Button variant="default" onClick={() => setDialog('remove')}>
                {t('identityProvider.remove')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {dialog === 'edit' && (
        <IdentityProviderDialog
          orgId={orgId}
          current={provider}
          onClose={close}
          onSaved={() => {
            close();
            onNotice(t('identityProvider.saved'));
          }}
        />
      )}
      {dialog === 'remove' && provider && (
        <ConfirmDialog
          title={t('identityProvider.removeTitle')}
          question={t('identityProvider.removeQuestion', { provider: provider.displayName })}
          confirmLabel={t('identityProvider.remove')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                close();
                onNotice(t('identityProvider.removed'));
              },
            })
          }
          onClose={close}
        />
      )}
    </section>
  );
}
