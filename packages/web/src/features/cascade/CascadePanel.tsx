// Placeholder until the cascade slice lands: renders nothing.
import type { CalloffDetail } from '../calloffs/api';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}
export function CascadePanel(_props: Props) {
  return null;
}
