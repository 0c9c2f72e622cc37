import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, isCountry } from '@tildel/domain/country';
import { isServiceKind, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { RegisterSupplierDialog } from './RegisterSupplierDialog';
import {
  REGISTRY_SORTS,
  useRegistry,
  type RegistryFilter,
  type RegistryItem,
  type RegistrySort,
} from './api';

const NO_FILTER: RegistryFilter = { q: '', country: '', serviceKind: '' };

/** The supplier registry: search by name or number, narrow by country and service. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canRegister = hasPermission(PERMISSIONS.suppliersRegister);
  const [draft, setDraft] = useState<RegistryFilter>(NO_FILTER);
  const [filter, setFilter] = useState<RegistryFilter>(NO_FILTER);
  const [registering, setRegistering] = useState(false);
  const page = usePageState(REGISTRY_SORTS, { sort: 'name', order: 'asc' });
  const registry = useRegistry(org.id, filter, page);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft, q: draft.q.trim() });
    page.setPage(1);
  };

  const columns: DataColumn<RegistryItem, RegistrySort>[] = [
    {
      key: 'name',
      title: t('suppliers.name'),
      sort: 'name',
      rowHeader: true,
      render: (s) => (
        <Anchor component={Link} to={`/suppliers/${s.id}`} fw={500}>
          {s.name}
        </Anchor>
      ),
    },
    {
      key: 'identifier',
      title: t('suppliers.identifierColumn'),
      render: (s) => (
        <Text size="sm">
          {s.identifier} ({s.country})
        </Text>
      ),
    },
    { key: 'city', title: t('suppliers.city'), sort: 'city', render: (s) => s.city },
    {
      key: 'services',
      title: t('suppliers.services'),
      render: (s) => s.serviceKinds.map((k) => t(`suppliers.serviceKinds.${k}`)).join(', '),
    },
    {
      key: 'establishments',
      title: t('suppliers.establishments'),
      sort: 'establishments',
      align: 'right',
      render: (s) => s.establishmentCount,
    },
  ];

  return (
    <Page
      title={t('suppliers.title')}
      description={t('suppliers.description')}
      actions={
        canRegister && (
          <Button onClick={() => setRegistering(true)}>{t('suppliers.register.open')}</Button>
        )
      }
    >
      <form onSubmit={onSearch} role="search" aria-label={t('suppliers.searchLabel')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('suppliers.q')}
            description={t('suppliers.qHelp')}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
            maxLength={100}
            style={{ flex: 2, minWidth: 220 }}
          />
          <NativeSelect
            label={t('suppliers.country')}
            value={draft.country}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setDraft({ ...draft, country: isCountry(next) ? next : '' });
            }}
          >
            <option value="">{t('suppliers.anyCountry')}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`countries.${c}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('suppliers.serviceKind')}
            value={draft.serviceKind}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setDraft({ ...draft, serviceKind: isServiceKind(next) ? next : '' });
            }}
          >
            <option value="">{t('suppliers.anyService')}</option>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`suppliers.serviceKinds.${k}`)}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit">{t('suppliers.search')}</Button>
        </Group>
      </form>

      <DataTable
        caption={t('suppliers.caption')}
        columns={columns}
        list={registry}
        state={page}
        rowKey={(s) => s.id}
        empty={t('suppliers.none')}
        emptyHint={t('suppliers.noneHelp')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${org.id}/suppliers/export`}
            params={{ ...filter, ...page.params }}
          />
        }
        minWidth={760}
      />
      {registering && (
        <RegisterSupplierDialog
          orgId={org.id}
          onClose={() => setRegistering(false)}
          onRegistered={(created) => void navigate(`/suppliers/${created.id}`)}
        />
      )}
    </Page>
  );
}
