// Placeholder until the bids slice lands: renders nothing.
import type { CalloffDetail } from '../calloffs/api';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}
export function SealedBidsPanel(_props: Props) {
  return null;
}
