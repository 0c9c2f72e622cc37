import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, isCountry } from '@tildel/domain/country';
import { isServiceKind, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { RegisterSupplierDialog } from './RegisterSupplierDialog';
import { useRegistry, type RegistryFilter } from './api';

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
  const registry = useRegistry(org.id, filter);
  const items = registry.data?.pages.flatMap((p) => p.items) ?? [];

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft, q: draft.q.trim() });
  };

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

      {registry.isPending ? (
        <Loading />
      ) : registry.isError ? (
        <ErrorAlert error={registry.error} onRetry={() => void registry.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('suppliers.none')}>{t('suppliers.noneHelp')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Caption>
                <VisuallyHidden>{t('suppliers.caption')}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('suppliers.name')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.identifierColumn')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.city')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.services')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.establishments')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/suppliers/${s.id}`} fw={500}>
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {s.identifier} ({s.country})
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.city}</Table.Td>
                    <Table.Td>
                      {s.serviceKinds.map((k) => t(`suppliers.serviceKinds.${k}`)).join(', ')}
                    </Table.Td>
                    <Table.Td>{s.establishmentCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {registry.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void registry.fetchNextPage()}
              loading={registry.isFetchingNextPage}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
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
