import { useState } from 'react';
import { Button, Group, NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { OrganisationKind } from '../../../lib/types';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { ListSearch } from '../../../components/ListSearch';
import { Page } from '../../../components/Page';
import { ORGANISATION_KINDS, isOrganisationKind } from './organisationFields';
import { RegisterOrganisationModal } from './RegisterOrganisationModal';
import {
  ORGANISATION_SORTS,
  usePlatformOrganisations,
  type OrganisationSort,
  type PlatformOrganisation,
} from './api';
import { SuccessNotice } from '../../../components/SuccessNotice';

/** The platform administrator's list of every organisation, and registration of new ones. */
export function PlatformOrganisationsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [search, setSearch] = useState('');
  // Each keystroke would ask the server again; a pause in typing asks once.
  const [q] = useDebouncedValue(search.trim(), 250);
  const page = usePageState(ORGANISATION_SORTS, { sort: 'name', order: 'asc' });
  const organisations = usePlatformOrganisations({ kind, q }, page);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const filtered = kind !== '' || search.trim() !== '';

  const columns: DataColumn<PlatformOrganisation, OrganisationSort>[] = [
    {
      key: 'name',
      title: t('platform.organisations.name'),
      sort: 'name',
      rowHeader: true,
      render: (org) => (
        <Text size="sm" fw={500}>
          {org.name}
        </Text>
      ),
    },
    {
      key: 'kind',
      title: t('platform.organisations.kind'),
      sort: 'kind',
      render: (org) => t(`organisationKinds.${org.kind}`, { defaultValue: org.kind }),
    },
    {
      key: 'country',
      title: t('platform.organisations.country'),
      sort: 'country',
      render: (org) => t(`countries.${org.country}`, { defaultValue: org.country }),
    },
    {
      key: 'identifier',
      title: t('platform.organisations.identifier'),
      render: (org) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {org.identifier}
        </Text>
      ),
    },
    {
      key: 'municipalityCode',
      title: t('platform.organisations.municipalityCode'),
      render: (org) =>
        org.municipalityCode ?? (
          <>
            <span aria-hidden="true">—</span>
            <VisuallyHidden>{t('platform.organisations.none')}</VisuallyHidden>
          </>
        ),
    },
    {
      key: 'members',
      title: t('platform.organisations.members'),
      sort: 'members',
      align: 'right',
      render: (org) => f.number(org.memberCount),
    },
    {
      key: 'registered',
      title: t('platform.organisations.registered'),
      sort: 'registered',
      render: (org) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={org.createdAt}>{f.date(org.createdAt)}</time>
        </Text>
      ),
    },
  ];

  return (
    <Page
      title={t('platform.organisations.title')}
      description={t('platform.organisations.description')}
      actions={
        <Button
          onClick={() => {
            setNotice(null);
            setRegistering(true);
          }}
        >
          {t('platform.register.open')}
        </Button>
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}

      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <NativeSelect
          label={t('platform.organisations.filterKind')}
          value={kind}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setKind(isOrganisationKind(next) ? next : '');
            page.setPage(1);
          }}
          w={{ base: '100%', xs: 240 }}
        >
          <option value="">{t('platform.organisations.allKinds')}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKinds.${k}`)}
            </option>
          ))}
        </NativeSelect>
        <ListSearch
          label={t('platform.organisations.search')}
          description={t('platform.organisations.searchHelp')}
          value={search}
          onChange={(text) => {
            setSearch(text);
            page.setPage(1);
          }}
        />
        {filtered && (
          <Button
            variant="default"
            onClick={() => {
              setKind('');
              setSearch('');
              page.setPage(1);
            }}
          >
            {t('platform.organisations.clearFilters')}
          </Button>
        )}
      </Group>

      <DataTable
        caption={t('platform.organisations.caption')}
        columns={columns}
        list={organisations}
        state={page}
        rowKey={(org) => org.id}
        empty={filtered ? t('platform.organisations.noMatch') : t('platform.organisations.empty')}
        emptyHint={
          filtered ? t('platform.organisations.noMatchHelp') : t('platform.organisations.emptyHelp')
        }
        minWidth={860}
        toolbar={
          <ExportLinks
            path="/api/platform/organisations/export"
            params={{ ...page.params, kind, q }}
          />
        }
      />

      {registering && (
        <RegisterOrganisationModal
          onClose={() => setRegistering(false)}
          onRegistered={(created, adminEmail) => {
            setRegistering(false);
            setNotice(t('platform.register.registered', { name: created.name, email: adminEmail }));
          }}
        />
      )}
    </Page>
  );
}
