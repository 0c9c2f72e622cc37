import { Code, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveOrganisation } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useChangePublishing, usePublishing } from './api';

/** The organisation admin turns publishing of the awarded procurements as OCDS on or off. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const orgId = useActiveOrganisation()!.id;
  const setting = usePublishing(orgId);
  const change = useChangePublishing(orgId);

  return (
    <Page title={t('ocds.title')} description={t('ocds.description')}>
      {setting.isPending ? (
        <Loading />
      ) : setting.isError ? (
        <ErrorAlert error={setting.error} onRetry={() => void setting.refetch()} />
      ) : (
        <Stack gap="sm" maw={720}>
          <Switch
            label={t('ocds.publish')}
            description={t('ocds.publishHelp')}
            checked={setting.data.published}
            disabled={change.isPending}
            onChange={(event) => change.mutate(event.currentTarget.checked)}
          />
          {change.isError && <ErrorAlert error={change.error} />}
          {setting.data.changedAt && (
            <Text size="sm" c="dimmed">
              {t('ocds.changedAt', { when: f.dateTime(setting.data.changedAt) })}
            </Text>
          )}
          {setting.data.published && (
            <Text size="sm">
              {t('ocds.publicAt')} <Code>{setting.data.publicPath}/…</Code>
            </Text>
          )}
        </Stack>
      )}
    </Page>
  );
}
