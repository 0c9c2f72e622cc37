// Placeholder until the awards slice lands: renders nothing.
interface Props {
  orgId: string;
  calloffId: string;
}
export function CalloffTimeline(_props: Props) {
  return null;
}
