// The call-off's invitations on the buyer's page: before publishing, who will be invited and who
// is left out, and the publish form; afterwards the invitations, questions and changes.
import type { CalloffDetail } from '../calloffs/api';
import { OpenCalloffSection } from './OpenCalloffSection';
import { PublishSection } from './PublishSection';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
  /** The draft's requirements or model have edits not yet saved. */
  unsavedEvaluation: boolean;
}

export function InvitationsPanel({ orgId, calloff, unsavedEvaluation }: Props) {
  if (calloff.procedure === 'ranking' || calloff.status === 'cancelled') return null;
  if (calloff.status === 'draft')
    return <PublishSection orgId={orgId} calloff={calloff} unsavedEvaluation={unsavedEvaluation} />;
  return <OpenCalloffSection orgId={orgId} calloff={calloff} />;
}
