// Placeholder until the cascade slice lands: renders nothing.
interface Props {
  orgId: string;
  calloffId: string;
}
export function OfferSection(_props: Props) {
  return null;
}
