import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEED_KINDS } from '@tildel/domain/need';
import { useAuth } from '../../../lib/auth';
import { Page } from '../../../components/Page';
import { blankNeed, NeedForm } from './NeedForm';
import { useSaveNeed, type NeedKind } from './api';

const isKind = (value: string | undefined): value is NeedKind =>
  (NEED_KINDS as readonly string[]).includes(value ?? '');

/** The form of a new need of the kind chosen; saving keeps it as a draft. */
export function NewNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { kind } = useParams();
  const { activeMembership } = useAuth();
  const organisation = activeMembership!.organisation;
  const save = useSaveNeed(organisation.id);
  if (!isKind(kind)) return <Navigate to="/needs" replace />;
  return (
    <Page title={t('needs.new.title', { kind: t(`needs.kind.${kind}`) })}>
      <NeedForm
        key={kind}
        initial={{ title: '', need: blankNeed(kind, organisation.country) }}
        pending={save.isPending}
        error={save.error}
        onSubmit={(input) =>
          save.mutate(
            { input },
            {
              onSuccess: (created) => navigate(`/needs/${created.id}`, { state: { saved: true } }),
            },
          )
        }
        onCancel={() => navigate('/needs')}
      />
    </Page>
  );
}
