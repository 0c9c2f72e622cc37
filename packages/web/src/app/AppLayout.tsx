import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { UnsavedChangesProvider } from '../components/UnsavedChanges';
import {
  Alert,
  AppShell,
  Burger,
  Button,
  Group,
  Menu,
  NativeSelect,
  NavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAuth, useMe } from '../lib/auth';
import { errorMessage } from '../lib/api';
import { PERMISSIONS, type Locale } from '../lib/types';
import { currentLocale } from '../i18n';
import { LanguageSelect } from '../components/LanguageSelect';
import { MAIN_ID, SkipLink } from '../components/SkipLink';
import { NotificationBell } from '../features/organisations/notifications/NotificationBell';
import { HeaderSearch } from '../features/organisations/search/HeaderSearch';

interface NavItem {
  to: string;
  label: string;
  permission?: string;
}

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const active = useMatch({ path: item.to, end: true }) !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
    />
  );
}

/** A titled group of navigation links; nothing when the user may open none of them. */
function NavSection({
  id,
  title,
  items,
  onNavigate,
}: {
  id: string;
  title: string;
  items: NavItem[];
  onNavigate: () => void;
}) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} id={id}>
        {title}
      </Text>
      <div role="group" aria-labelledby={id}>
        {items.map((item) => (
          <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </div>
    </div>
  );
}

function OrganisationSwitcher({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { switchOrganisation, activeMembership } = useAuth();
  const [pending, setPending] = useState(false);
  if (me.memberships.length < 2) {
    return activeMembership ? (
      <Text size="sm" fw={500}>
        {activeMembership.organisation.name}
      </Text>
    ) : null;
  }
  return (
    <NativeSelect
      aria-label={t('header.organisation')}
      size="sm"
      value={me.activeOrganisationId ?? ''}
      disabled={pending}
      onChange={async (event) => {
        const id = event.currentTarget.value;
        if (!id || id === me.activeOrganisationId) return;
        setPending(true);
        onError(null);
        try {
          await switchOrganisation(id);
        } catch (error) {
          onError(error);
        } finally {
          setPending(false);
        }
      }}
    >
      {me.activeOrganisationId === null && (
        <option value="">{t('header.chooseOrganisation')}</option>
      )}
      {me.memberships.map((m) => (
        <option key={m.organisation.id} value={m.organisation.id}>
          {m.organisation.name}
        </option>
      ))}
    </NativeSelect>
  );
}

function LanguageSwitcher({ onError }: { onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useAuth();
  const value = (i18n.resolvedLanguage as Locale | undefined) ?? currentLocale();
  return (
    <LanguageSelect
      aria-label={t('header.language')}
      size="sm"
      value={value}
      onChange={async (locale) => {
        onError(null);
        try {
          await changeLocale(locale);
        } catch (error) {
          onError(error);
        }
      }}
    />
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          size="sm"
          aria-label={t('header.userMenu', { name: me.user.name })}
        >
          {me.user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={async () => {
            try {
              await signOut();
            } finally {
              navigate('/login', { replace: true });
            }
          }}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The signed-in app: header, navigation by permission, and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const { hasPermission, activeMembership } = useAuth();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [shellError, setShellError] = useState<unknown>(null);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const allowed = (items: NavItem[]) =>
    items.filter(
      (item) => activeMembership !== null && (!item.permission || hasPermission(item.permission)),
    );
  const work: NavItem[] = [
    { to: '/', label: t('nav.home') },
    ...allowed([
      { to: '/needs', label: t('nav.needs'), permission: PERMISSIONS.needsRead },
      { to: '/referrals', label: t('nav.referrals'), permission: PERMISSIONS.referralsRead },
      { to: '/matching', label: t('nav.matching'), permission: PERMISSIONS.matchingManage },
      { to: '/calloffs', label: t('nav.calloffs'), permission: PERMISSIONS.calloffsRead },
      { to: '/tenders', label: t('nav.tenders'), permission: PERMISSIONS.tendersRead },
      { to: '/orders', label: t('nav.orders'), permission: PERMISSIONS.ordersRead },
      { to: '/insights', label: t('nav.insights'), permission: PERMISSIONS.insightsRead },
      { to: '/catalogue', label: t('nav.catalogue'), permission: PERMISSIONS.catalogueRead },
      { to: '/agreements', label: t('nav.agreements'), permission: PERMISSIONS.agreementsRead },
      { to: '/dps', label: t('nav.dps'), permission: PERMISSIONS.dpsRead },
    ]),
  ];
  const procurement = allowed([
    { to: '/suppliers', label: t('nav.suppliers'), permission: PERMISSIONS.suppliersRead },
    { to: '/taxonomy', label: t('nav.taxonomy'), permission: PERMISSIONS.taxonomyManage },
    { to: '/permits', label: t('nav.permits'), permission: PERMISSIONS.permitsManage },
    { to: '/followup', label: t('nav.followup'), permission: PERMISSIONS.followupRead },
  ]);
  const company = allowed([
    {
      to: '/company',
      label: t('nav.companyProfile'),
      permission: PERMISSIONS.supplierProfileRead,
    },
    {
      to: '/company/establishments',
      label: t('nav.establishments'),
      permission: PERMISSIONS.supplierProfileRead,
    },
    {
      to: '/company/consultants',
      label: t('nav.consultants'),
      permission: PERMISSIONS.supplierProfileRead,
    },
    {
      to: '/company/offers',
      label: t('nav.offers'),
      permission: PERMISSIONS.supplierProfileRead,
    },
    {
      to: '/company/offer-requests',
      label: t('nav.offerRequests'),
      permission: PERMISSIONS.tendersRead,
    },
    {
      to: '/company/documents',
      label: t('nav.documents'),
      permission: PERMISSIONS.supplierProfileRead,
    },
    { to: '/company/prices', label: t('nav.prices'), permission: PERMISSIONS.supplierProfileRead },
    { to: '/company/applications', label: t('nav.applications'), permission: PERMISSIONS.dpsApply },
    {
      to: '/company/staff-lists',
      label: t('nav.staffLists'),
      permission: PERMISSIONS.followupRespond,
    },
    {
      to: '/company/corrections',
      label: t('nav.corrections'),
      permission: PERMISSIONS.followupRespond,
    },
  ]);
  const admin: NavItem[] = [
    { to: '/admin/users', label: t('nav.users'), permission: PERMISSIONS.membersRead },
    { to: '/admin/audit', label: t('nav.audit'), permission: PERMISSIONS.auditRead },
    { to: '/admin/messages', label: t('nav.messages'), permission: PERMISSIONS.messagesRead },
    // A supplier buys nothing, so it has no procurements to publish.
    ...(activeMembership?.organisation.kind === 'supplier'
      ? []
      : [
          { to: '/admin/open-data', label: t('nav.openData'), permission: PERMISSIONS.ocdsPublish },
        ]),
  ].filter((item) => activeMembership !== null && hasPermission(item.permission));
  const platform: NavItem[] = me.user.isPlatformAdmin
    ? [{ to: '/platform/organisations', label: t('nav.organisations') }]
    : [];

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
              aria-expanded={opened}
              aria-controls="tildel-navbar"
            />
            <Link to="/" className="tildel-brand">
              Tildel
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {activeMembership && <HeaderSearch orgId={activeMembership.organisation.id} />}
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <OrganisationSwitcher onError={setShellError} />
              <LanguageSwitcher onError={setShellError} />
            </Group>
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id="tildel-navbar"
        aria-label={t('nav.label')}
        // A long menu (a supplier's admin) scrolls instead of running off a short screen.
        style={{ overflowY: 'auto' }}
      >
        <Stack gap="md">
          <Stack gap="sm" hiddenFrom="sm">
            <OrganisationSwitcher onError={setShellError} />
            <LanguageSwitcher onError={setShellError} />
          </Stack>
          <div>
            {work.map((item) => (
              <NavItemLink key={item.to} item={item} onNavigate={close} />
            ))}
          </div>
          <NavSection
            id="tildel-nav-procurement"
            title={t('nav.procurement')}
            items={procurement}
            onNavigate={close}
          />
          <NavSection
            id="tildel-nav-company"
            title={t('nav.company')}
            items={company}
            onNavigate={close}
          />
          <NavSection
            id="tildel-nav-admin"
            title={t('nav.administration')}
            items={admin}
            onNavigate={close}
          />
          <NavSection
            id="tildel-nav-platform"
            title={t('nav.platform')}
            items={platform}
            onNavigate={close}
          />
          <NavItemLink item={{ to: '/glossary', label: t('nav.glossary') }} onNavigate={close} />
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1}>
        {shellError !== null && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            mb="md"
            withCloseButton
            onClose={() => setShellError(null)}
            closeButtonLabel={t('common.close')}
          >
            {errorMessage(shellError)}
          </Alert>
        )}
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
      </AppShell.Main>
    </AppShell>
  );
}
