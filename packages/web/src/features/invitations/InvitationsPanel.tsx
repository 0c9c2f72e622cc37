// Placeholder until the invitations slice lands: renders nothing.
import type { CalloffDetail } from '../calloffs/api';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}
export function InvitationsPanel(_props: Props) {
  return null;
}
