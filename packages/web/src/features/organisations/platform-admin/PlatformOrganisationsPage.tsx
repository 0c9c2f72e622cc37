import { useMemo, useState } from 'react';
import {
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { OrganisationKind } from '../../../lib/types';
import { INTL_LOCALE } from '../../../i18n';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { ORGANISATION_KINDS, isOrganisationKind } from './organisationFields';
import { RegisterOrganisationModal } from './RegisterOrganisationModal';
import { usePlatformOrganisations, type PlatformOrganisation } from './api';
import { SuccessNotice } from '../../../components/SuccessNotice';

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Whether an organisation matches the search text: its name, or its number in any notation. */
function matches(org: PlatformOrganisation, search: string, locale: string): boolean {
  const text = search.trim().toLocaleLowerCase(locale);
  if (text === '') return true;
  if (org.name.toLocaleLowerCase(locale).includes(text)) return true;
  if (org.identifier.toLocaleLowerCase(locale).includes(text)) return true;
  // A number is matched on its digits alone: "5560125790" and "556012 5790" find 556012-5790.
  if (!/^[\d\s-]+$/.test(text)) return false;
  const digits = digitsOf(text);
  return digitsOf(org.identifier).includes(digits) || org.municipalityCode === digits;
}

function OrganisationsTable({ organisations }: { organisations: PlatformOrganisation[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>
            {t('platform.organisations.caption', { count: organisations.length })}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('platform.organisations.name')}</Table.Th>
            <Table.Th scope="col">{t('platform.organisations.kind')}</Table.Th>
            <Table.Th scope="col">{t('platform.organisations.country')}</Table.Th>
            <Table.Th scope="col">{t('platform.organisations.identifier')}</Table.Th>
            <Table.Th scope="col">{t('platform.organisations.municipalityCode')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('platform.organisations.members')}
            </Table.Th>
            <Table.Th scope="col">{t('platform.organisations.registered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((org) => (
            <Table.Tr key={org.id}>
              <Table.Th scope="row">
                <Text size="sm" fw={500}>
                  {org.name}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">
                  {t(`organisationKinds.${org.kind}`, { defaultValue: org.kind })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`countries.${org.country}`, { defaultValue: org.country })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {org.identifier}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {org.municipalityCode ?? (
                    <>
                      <span aria-hidden="true">—</span>
                      <VisuallyHidden>{t('platform.organisations.none')}</VisuallyHidden>
                    </>
                  )}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{f.number(org.memberCount)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={org.createdAt}>{f.date(org.createdAt)}</time>
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The platform administrator's list of every organisation, and registration of new ones. */
export function PlatformOrganisationsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const organisations = usePlatformOrganisations();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const all = organisations.data?.items;
  const shown = useMemo(() => {
    const tag = INTL_LOCALE[f.locale];
    const collator = new Intl.Collator(tag);
    return (all ?? [])
      .filter((org) => (kind === '' || org.kind === kind) && matches(org, search, tag))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [all, kind, search, f.locale]);
  const filtered = kind !== '' || search.trim() !== '';

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
        <TextInput
          type="search"
          label={t('platform.organisations.search')}
          description={t('platform.organisations.searchHelp')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          autoComplete="off"
          w={{ base: '100%', xs: 320 }}
        />
        {filtered && (
          <Button
            variant="default"
            onClick={() => {
              setKind('');
              setSearch('');
            }}
          >
            {t('platform.organisations.clearFilters')}
          </Button>
        )}
      </Group>

      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {filtered
              ? t('platform.organisations.shownOf', {
                  count: organisations.data.items.length,
                  shown: f.number(shown.length),
                  total: f.number(organisations.data.items.length),
                })
              : t('platform.organisations.total', {
                  count: organisations.data.items.length,
                  total: f.number(organisations.data.items.length),
                })}
          </Text>
          {shown.length === 0 ? (
            <EmptyState
              title={
                filtered ? t('platform.organisations.noMatch') : t('platform.organisations.empty')
              }
            >
              {filtered
                ? t('platform.organisations.noMatchHelp')
                : t('platform.organisations.emptyHelp')}
            </EmptyState>
          ) : (
            <OrganisationsTable organisations={shown} />
          )}
        </Stack>
      )}

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
