// The download of a procurement's OCDS record package (a framework agreement, a DPS or a
// call-off), for those who may read insights. Until its first release the server answers 404 with
// the reason, so the link is only offered for what is past its draft.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth';
import { PERMISSIONS } from '../lib/types';

export type OcdsSubject = 'agreements' | 'dps' | 'calloffs';

export function ocdsRecordUrl(orgId: string, subject: OcdsSubject, id: string): string {
  return `/api/organisations/${encodeURIComponent(orgId)}/ocds/${subject}/${encodeURIComponent(id)}/record`;
}

export function OcdsLink({
  orgId,
  subject,
  id,
}: {
  orgId: string;
  subject: OcdsSubject;
  id: string;
}) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  if (!hasPermission(PERMISSIONS.insightsRead)) return null;
  return (
    <Anchor href={ocdsRecordUrl(orgId, subject, id)} download={`ocds-${subject}-${id}.json`}>
      {t('common.ocdsRecord')}
    </Anchor>
  );
}
