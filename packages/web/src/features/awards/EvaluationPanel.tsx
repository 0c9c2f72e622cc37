// Placeholder until the awards slice lands: renders nothing.
import type { CalloffDetail } from '../calloffs/api';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}
export function EvaluationPanel(_props: Props) {
  return null;
}
