import { lazy, Suspense } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useMe } from '../../lib/auth';
import { PERMISSIONS, type Role } from '../../lib/types';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/EmptyState';
import { RoleBadges, useRoleName } from '../../components/RoleBadges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMemberCount, useOpenInvitationCount, useOrganisationCount } from './api';
import { MarketWorkLists, type MarketList } from './WorkLists';
import { MyNeedsList } from '../../features/calloffs/needs/MyNeedsList';
import { DraftCalloffsList } from '../../features/calloffs/calloffs/DraftCalloffsList';
import { NeedsAwaitingCalloff } from '../../features/calloffs/needs/NeedsAwaitingCalloff';
import { OpenTendersList } from '../../features/calloffs/tenders/OpenTendersList';
import { MyReferralsList } from '../../features/matching/referrals/MyReferralsList';
import { QueueWorkList } from '../../features/matching/referrals/QueueWorkList';
import { Loading } from '../../components/Loading';
import { loadTextParts } from '../../i18n';

// The controller's spend this year against last: its own chunk with its texts, so the home
// page's first load carries neither.
const SpendThisYear = lazy(async () => {
  const [{ SpendThisYear }] = await Promise.all([
    import('../../features/insights/spend/SpendThisYear'),
    loadTextParts(['insights/spend']),
  ]);
  return { default: SpendThisYear };
});

/** Work lists, in the order they are shown; several roles may share one. */
const WORK_LISTS = [
  'caseworker',
  'matching_officer',
  'buyer',
  'controller',
  'procurement_officer',
  'quality_officer',
  'supplier',
] as const;
type WorkList = (typeof WORK_LISTS)[number];

/** Lists drawn only from GET /worklist; the buyer's adds its needs and drafts around it. */
function isMarketList(list: WorkList): list is Exclude<MarketList, 'buyer'> {
  return list === 'procurement_officer' || list === 'quality_officer' || list === 'supplier';
}

function workListOf(role: Role): WorkList | null {
  if (role === 'supplier_user' || role === 'supplier_admin') return 'supplier';
  return (WORK_LISTS as readonly string[]).includes(role) ? (role as WorkList) : null;
}

function StatCard({
  label,
  value,
  to,
  linkLabel,
}: {
  label: string;
  value: string;
  to: string;
  linkLabel: string;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {value}
      </Text>
      <Anchor component={Link} to={to} size="sm">
        {linkLabel}
      </Anchor>
    </Paper>
  );
}

function AdminOverview({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canMembers = hasPermission(PERMISSIONS.membersRead);
  const members = useMemberCount(orgId, canMembers);
  const invitations = useOpenInvitationCount(orgId, canMembers);
  const openInvitations = invitations.data;
  const dash = '…';

  return (
    <section aria-labelledby="home-admin">
      <Title order={2} size="h3" id="home-admin" mb="sm">
        {t('home.admin.title')}
      </Title>
      <Stack gap="md">
        {canMembers && (
          <>
            {(members.isError || invitations.isError) && (
              <ErrorAlert error={members.error ?? invitations.error} />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
              <StatCard
                label={t('home.admin.members')}
                value={members.data !== undefined ? String(members.data) : dash}
                to="/admin/users"
                linkLabel={t('home.admin.manageUsers')}
              />
              <StatCard
                label={t('home.admin.openInvitations')}
                value={openInvitations !== undefined ? String(openInvitations) : dash}
                to="/admin/users#invitations"
                linkLabel={t('home.admin.seeInvitations')}
              />
            </SimpleGrid>
          </>
        )}
        <Group gap="lg">
          {hasPermission(PERMISSIONS.auditRead) && (
            <Anchor component={Link} to="/admin/audit">
              {t('nav.audit')}
            </Anchor>
          )}
          {hasPermission(PERMISSIONS.messagesRead) && (
            <Anchor component={Link} to="/admin/messages">
              {t('nav.messages')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </section>
  );
}

/** For platform administrators: the organisations on the platform, and where to register more. */
function PlatformOverview() {
  const { t } = useTranslation();
  const organisations = useOrganisationCount();
  const count = organisations.data;
  return (
    <section aria-labelledby="home-platform">
      <Title order={2} size="h3" id="home-platform" mb="sm">
        {t('home.platform.title')}
      </Title>
      <Stack gap="md">
        <Text maw={640}>{t('home.platform.text')}</Text>
        {organisations.isError && <ErrorAlert error={organisations.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
          <StatCard
            label={t('home.platform.organisations')}
            value={count !== undefined ? String(count) : '…'}
            to="/platform/organisations"
            linkLabel={t('home.platform.manageOrganisations')}
          />
        </SimpleGrid>
      </Stack>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { activeMembership, hasPermission } = useAuth();
  const roleName = useRoleName();

  if (!activeMembership && me.user.isPlatformAdmin) {
    return (
      <Page title={t('home.title')} description={t('home.greeting', { name: me.user.name })}>
        <PlatformOverview />
      </Page>
    );
  }

  if (!activeMembership) {
    return (
      <Page title={t('home.title')}>
        <EmptyState title={t('home.noOrganisation.title')}>
          {t('home.noOrganisation.text')}
        </EmptyState>
      </Page>
    );
  }

  const org = activeMembership.organisation;
  const lists = WORK_LISTS.filter((list) => me.roles.some((r) => workListOf(r) === list));
  const isAdmin =
    hasPermission(PERMISSIONS.membersRead) ||
    hasPermission(PERMISSIONS.auditRead) ||
    hasPermission(PERMISSIONS.messagesRead);

  return (
    <Page title={t('home.title')} description={t('home.greeting', { name: me.user.name })}>
      <Paper withBorder p="md" radius="md" maw={640}>
        <Stack gap={6}>
          <Text fw={600}>{org.name}</Text>
          <Text size="sm" c="dimmed">
            {t(`organisationKinds.${org.kind}`, { defaultValue: org.kind })} ·{' '}
            {t(`countries.${org.country}`)}
          </Text>
          <Group gap="xs" align="center">
            <Text size="sm">{t('home.yourRoles')}</Text>
            <RoleBadges roles={me.roles} />
          </Group>
        </Stack>
      </Paper>

      {lists.map((list) => (
        <section key={list} aria-labelledby={`home-${list}`}>
          <Title order={2} size="h3" id={`home-${list}`} mb="sm">
            {t(`home.workLists.${list}.title`)}
          </Title>
          {list === 'supplier' && hasPermission(PERMISSIONS.tendersRead) ? (
            <Stack gap="lg">
              <OpenTendersList />
              <MarketWorkLists orgId={org.id} list={list} />
            </Stack>
          ) : isMarketList(list) ? (
            <MarketWorkLists orgId={org.id} list={list} />
          ) : list === 'caseworker' && hasPermission(PERMISSIONS.needsRead) ? (
            <Stack gap="lg">
              <MyNeedsList />
              {hasPermission(PERMISSIONS.referralsRead) && <MyReferralsList />}
            </Stack>
          ) : list === 'matching_officer' && hasPermission(PERMISSIONS.matchingManage) ? (
            <QueueWorkList />
          ) : list === 'buyer' && hasPermission(PERMISSIONS.calloffsRead) ? (
            <Stack gap="lg">
              {hasPermission(PERMISSIONS.needsRead) && <NeedsAwaitingCalloff />}
              <MarketWorkLists orgId={org.id} list={list} />
              <DraftCalloffsList />
            </Stack>
          ) : list === 'controller' && hasPermission(PERMISSIONS.insightsRead) ? (
            <Stack gap="md">
              <Suspense fallback={<Loading />}>
                <SpendThisYear />
              </Suspense>
              <Text maw={640}>
                {t('home.lists.controllerText')}{' '}
                <Anchor component={Link} to="/orders">
                  {t('home.lists.seeOrders')}
                </Anchor>
              </Text>
            </Stack>
          ) : (
            <EmptyState title={t('home.nothingAwaits')}>
              {t(`home.workLists.${list}.empty`)}
            </EmptyState>
          )}
        </section>
      ))}

      {isAdmin && <AdminOverview orgId={org.id} />}

      {me.user.isPlatformAdmin && <PlatformOverview />}

      {lists.length === 0 && !isAdmin && !me.user.isPlatformAdmin && (
        <EmptyState title={t('home.nothingAwaits')}>
          {me.roles.length > 0
            ? t('home.rolesWithoutList', { roles: me.roles.map(roleName).join(', ') })
            : t('home.noRoles')}
        </EmptyState>
      )}
    </Page>
  );
}
