// Placeholder until the bids slice lands: renders nothing.
interface Props {
  orgId: string;
  calloffId: string;
}
export function BidSection(_props: Props) {
  return null;
}
