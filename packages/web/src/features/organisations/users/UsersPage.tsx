import { useEffect, useState } from 'react';
import { Button, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useMe } from '../../../lib/auth';
import { PERMISSIONS, type Invitation, type Locale, type Member } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { usePageState } from '../../../lib/paging';
import { ExportLinks } from '../../../components/ExportLinks';
import { MembersTable } from './MembersTable';
import { InvitationsTable } from './InvitationsTable';
import { EditRolesModal } from './EditRolesModal';
import { RemoveMemberModal } from './RemoveMemberModal';
import { InviteModal } from './InviteModal';
import {
  INVITATION_SORTS,
  MEMBER_SORTS,
  useInvitations,
  useMembers,
  useRevokeInvitation,
} from './api';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { IdentityProviderSection } from '../identity-provider/IdentityProviderSection';

function RevokeModal({
  orgId,
  invitation,
  onClose,
  onRevoked,
}: {
  orgId: string;
  invitation: Invitation;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useRevokeInvitation(orgId);
  return (
    <ConfirmDialog
      title={t('users.revokeTitle')}
      question={t('users.revokeConfirm', { email: invitation.email })}
      confirmLabel={t('users.revokeSubmit')}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate(invitation.id, { onSuccess: onRevoked })}
      onClose={onClose}
    />
  );
}

type Dialog =
  | { kind: 'none' }
  | { kind: 'invite' }
  | { kind: 'edit'; member: Member }
  | { kind: 'remove'; member: Member }
  | { kind: 'revoke'; invitation: Invitation };

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canManage = hasPermission(PERMISSIONS.membersManage);
  const membersPage = usePageState(
    MEMBER_SORTS,
    { sort: 'name', order: 'asc' },
    {
      prefix: 'members',
    },
  );
  const invitationsPage = usePageState(
    INVITATION_SORTS,
    { sort: 'sent', order: 'desc' },
    {
      prefix: 'invitations',
    },
  );
  const members = useMembers(org.id, membersPage);
  const invitations = useInvitations(org.id, invitationsPage);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog({ kind: 'none' });
  const location = useLocation();

  // Follow a link to #invitations once the list is there.
  useEffect(() => {
    if (location.hash === '#invitations' && invitations.isSuccess) {
      document.getElementById('invitations')?.scrollIntoView();
    }
  }, [location.hash, invitations.isSuccess]);

  const defaultLocale: Locale = org.country === 'DK' ? 'da' : 'sv';

  return (
    <Page
      title={t('users.title')}
      description={t('users.description', { organisation: org.name })}
      actions={
        canManage && (
          <Button onClick={() => setDialog({ kind: 'invite' })}>{t('users.invite.open')}</Button>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}

      <section aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading" mb="sm">
          {t('users.members')}
        </Title>
        <MembersTable
          list={members}
          state={membersPage}
          currentUserId={me.user.id}
          canManage={canManage}
          onEdit={(member) => setDialog({ kind: 'edit', member })}
          onRemove={(member) => setDialog({ kind: 'remove', member })}
          toolbar={
            <ExportLinks
              path={`/api/organisations/${org.id}/members/export`}
              params={membersPage.params}
            />
          }
        />
      </section>

      <section aria-labelledby="invitations-heading" id="invitations">
        <Title order={2} size="h3" id="invitations-heading" mb="sm">
          {t('users.invitations')}
        </Title>
        <InvitationsTable
          list={invitations}
          state={invitationsPage}
          canManage={canManage}
          onRevoke={(invitation) => setDialog({ kind: 'revoke', invitation })}
          toolbar={
            <ExportLinks
              path={`/api/organisations/${org.id}/invitations/export`}
              params={invitationsPage.params}
            />
          }
        />
      </section>

      {canManage && <IdentityProviderSection orgId={org.id} onNotice={setNotice} />}

      {dialog.kind === 'invite' && (
        <InviteModal
          orgId={org.id}
          defaultLocale={defaultLocale}
          onClose={close}
          onInvited={(inv) => {
            close();
            setNotice(t('users.invite.sent', { email: inv.email }));
          }}
        />
      )}
      {dialog.kind === 'edit' && (
        <EditRolesModal
          orgId={org.id}
          member={dialog.member}
          onClose={close}
          onSaved={() => {
            close();
            setNotice(t('users.rolesSaved', { name: dialog.member.name }));
          }}
        />
      )}
      {dialog.kind === 'remove' && (
        <RemoveMemberModal
          orgId={org.id}
          organisationName={org.name}
          member={dialog.member}
          onClose={close}
          onRemoved={() => {
            close();
            setNotice(t('users.removed', { name: dialog.member.name }));
          }}
        />
      )}
      {dialog.kind === 'revoke' && (
        <RevokeModal
          orgId={org.id}
          invitation={dialog.invitation}
          onClose={close}
          onRevoked={() => {
            close();
            setNotice(t('users.revoked', { email: dialog.invitation.email }));
          }}
        />
      )}
    </Page>
  );
}
