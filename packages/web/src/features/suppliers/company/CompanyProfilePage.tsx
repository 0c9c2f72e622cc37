import { useState } from 'react';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ContactsSection } from './ContactsSection';
import { ProfileForm } from './ProfileForm';
import { useCompanyProfile } from './api';

export function CompanyProfilePage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canManage = hasPermission(PERMISSIONS.supplierProfileManage);
  const profile = useCompanyProfile(org.id);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Page
      title={t('company.profileTitle')}
      description={t('company.profileDescription', { name: org.name })}
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <section aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="sm">
          {t('company.profileHeading')}
        </Title>
        <Paper withBorder p="md" radius="md">
          {profile.isPending ? (
            <Loading />
          ) : profile.isError ? (
            <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />
          ) : (
            <ProfileForm
              profile={profile.data}
              canManage={canManage}
              onSaved={() => setNotice(t('company.profileSaved'))}
            />
          )}
        </Paper>
      </section>
      <ContactsSection orgId={org.id} canManage={canManage} onNotice={setNotice} />
    </Page>
  );
}
