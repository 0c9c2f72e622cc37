import type { ReactNode } from 'react';
import { Anchor, Tabs } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SupplierDocumentsPanel } from '../documents/SupplierDocumentsPanel';
import { SupplierPermitsPanel } from '../permits/SupplierPermitsPanel';
import { SupplierPricesPanel } from '../prices/SupplierPricesPanel';
import { EstablishmentsTable } from './EstablishmentsTable';
import { ProfileAndContacts } from './ProfileAndContacts';
import { useSupplierEntry } from './api';

/** The supplier page's tabs that other areas fill; app/router.tsx passes them in. */
export interface SupplierPageSlots {
  /** The logbook tab: the notes about the supplier. */
  logbook: (props: { orgId: string; supplierId: string }) => ReactNode;
  /** The follow-up timeline tab, shown to those who may read follow-up. */
  timeline: (props: { orgId: string; supplierId: string }) => ReactNode;
}

/** One supplier as procurement bodies and municipalities see it, area by area in tabs. */
export function SupplierPage({ logbook, timeline }: SupplierPageSlots) {
  const { t } = useTranslation();
  const { supplierId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  // ?tab=timeline opens the follow-up timeline (linked from the agreement page).
  const [search] = useSearchParams();
  const followup = hasPermission(PERMISSIONS.followupRead);
  const orgId = activeMembership!.organisation.id;
  const entry = useSupplierEntry(orgId, supplierId);
  const panel = { organisationId: orgId, supplierId };

  return (
    <Page
      title={entry.data?.profile.name ?? t('suppliers.supplier')}
      description={
        <Anchor component={Link} to="/suppliers">
          {t('suppliers.backToRegistry')}
        </Anchor>
      }
    >
      {entry.isPending ? (
        <Loading />
      ) : entry.isError ? (
        <ErrorAlert error={entry.error} onRetry={() => void entry.refetch()} />
      ) : (
        <Tabs defaultValue={search.get('tab') ?? 'profile'} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="profile">{t('suppliers.tabs.profile')}</Tabs.Tab>
            <Tabs.Tab value="establishments">{t('suppliers.tabs.establishments')}</Tabs.Tab>
            <Tabs.Tab value="permits">{t('suppliers.tabs.permits')}</Tabs.Tab>
            <Tabs.Tab value="documents">{t('suppliers.tabs.documents')}</Tabs.Tab>
            <Tabs.Tab value="prices">{t('suppliers.tabs.prices')}</Tabs.Tab>
            <Tabs.Tab value="logbook">{t('logbook.title')}</Tabs.Tab>
            {followup && <Tabs.Tab value="timeline">{t('hiding.timeline.title')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="profile" pt="md">
            <ProfileAndContacts entry={entry.data} />
          </Tabs.Panel>
          <Tabs.Panel value="establishments" pt="md">
            <EstablishmentsTable entry={entry.data} />
          </Tabs.Panel>
          <Tabs.Panel value="permits" pt="md">
            <SupplierPermitsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="documents" pt="md">
            <SupplierDocumentsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="prices" pt="md">
            <SupplierPricesPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="logbook" pt="md">
            {logbook({ orgId, supplierId })}
          </Tabs.Panel>
          {followup && (
            <Tabs.Panel value="timeline" pt="md">
              {timeline({ orgId, supplierId })}
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Page>
  );
}
