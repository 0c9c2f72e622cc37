// What the agreements API answers (see packages/server/src/modules/agreements/routes.ts).
import type { Currency } from '@tildel/domain/money';

export type AgreementStatus = 'draft' | 'active' | 'expired' | 'terminated';
export type SupplierStatus = 'active' | 'hidden' | 'terminated';

export interface AgreementSummary {
  id: string;
  reference: string;
  title: string;
  description: string;
  country: 'SE' | 'DK';
  ownerName: string;
  owned: boolean;
  participating: boolean;
  status: AgreementStatus;
  startsOn: string;
  endsOn: string;
  currentEndsOn: string;
  latestPossibleEnd: string;
  extensionOptions: number[];
  extensionsUsed: number;
  longPeriodReason: string | null;
  terminatedOn: string | null;
  terminatedReason: string | null;
  version: number;
}

export interface LotSupplier {
  supplierId: string;
  name: string;
  rank: number;
  status: SupplierStatus;
  effectiveStatus: SupplierStatus;
  reason: string | null;
  hiddenFrom: string | null;
  hiddenTo: string | null;
  terminatedOn: string | null;
  price: { amountMinor: number; currency: Currency; unit: string; validFrom: string } | null;
}

export interface Lot {
  id: string;
  number: number;
  name: string;
  category: { id: string; code: string; nameSv: string; nameDa: string; nameEn: string };
  areaMunicipalityCodes: string[];
  method: {
    kind: 'ranking' | 'renewed_competition' | 'volume_rule';
    threshold: number | null;
    unit: PriceUnit | null;
  };
  suppliers: LotSupplier[];
}

export interface Requirement {
  id: string;
  lotId: string | null;
  kind: string;
  parameters: Record<string, unknown>;
  description: string;
}

export interface AgreementDetail extends AgreementSummary {
  today: string;
  municipalities: { id: string; name: string; municipalityCode: string | null }[];
  lots: Lot[];
  requirements: Requirement[];
  activationGaps: string[];
}

export interface TimelineEvent {
  id: string;
  lotNumber: number | null;
  lotName: string | null;
  status: SupplierStatus;
  reason: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  at: string;
  actorName: string | null;
}

export interface Timeline {
  supplierId: string;
  name: string;
  events: TimelineEvent[];
}

export interface AgreementInput {
  reference: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  extensionOptions: number[];
  longPeriodReason: string | null;
}

export interface StatusChangeInput {
  action: 'hide' | 'lift' | 'terminate';
  lotId?: string;
  reason?: string;
  from?: string;
  to?: string | null;
  effectiveOn?: string;
}

export type CallOffMethodKind = Lot['method']['kind'];
export type PriceUnit = 'hour' | 'day' | 'month' | 'package';

/** What a draft can be built from: the owner's categories, mandate and the country's suppliers. */
export interface DraftingChoices {
  country: 'SE' | 'DK';
  categories: {
    id: string;
    code: string;
    nameSv: string;
    nameDa: string;
    nameEn: string;
    defaultUnit: PriceUnit;
  }[];
  municipalities: { id: string; name: string; municipalityCode: string | null }[];
  suppliers: { id: string; name: string }[];
}

export interface LotInput {
  number: number;
  name: string;
  categoryId: string;
  areaMunicipalityCodes: string[];
  method: CallOffMethodKind;
  volumeThreshold: number | null;
  volumeUnit: PriceUnit | null;
}

export interface LotSupplierInput {
  supplierId: string;
  rank: number;
  price?: { amountMinor: number; currency: Currency; unit: PriceUnit };
}

export interface RequirementInput {
  kind: string;
  parameters: Record<string, unknown>;
  lotId: string | null;
  description: string;
}
