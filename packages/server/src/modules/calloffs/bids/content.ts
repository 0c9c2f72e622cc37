// What a bid says: every field of it is sealed (see sealing.ts); this is the shape inside the seal.
import type { Currency } from '@tildel/domain/money';

export interface BidContent {
  /** The price per unit of the call-off, in minor units of the call-off's currency. */
  unitPriceMinor: number;
  currency: Currency;
  /** The call-off's unit (hour, day, month...). */
  unit: string;
  /** Per requirement id: met (yes/no) or the number offered (minimum requirements). */
  answers: Record<string, boolean | number>;
  /** Per requirement id: the supplier's evidence or comment. */
  evidence: Record<string, string>;
  /** Staffing: the named consultant from the supplier's registry (CV there). */
  consultantId: string | null;
  /** Placement: the establishment (its permit must be valid). */
  establishmentId: string | null;
  earliestStart: string;
  validUntil: string;
  note: string;
}
