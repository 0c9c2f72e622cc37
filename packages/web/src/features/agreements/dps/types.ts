/** The dps API as the web app sees it. */
export type ApplicationStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'excluded';
export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'excluded',
];

export interface Category {
  id: string;
  code: string;
  name: string;
  myStatus?: ApplicationStatus | null;
}

export interface Requirement {
  id: string;
  position: number;
  kind: 'declaration' | 'numeric_minimum' | 'document';
  text: string;
  minimum: number | null;
  unit: string | null;
  documentKind: string | null;
}

export interface ValidityChange {
  previousValidTo: string;
  newValidTo: string;
  reason: string;
  at: string;
}

export interface DpsSummary {
  id: string;
  reference: string;
  title: string;
  description: string;
  country: 'SE' | 'DK';
  status: 'draft' | 'open' | 'closed';
  validFrom: string;
  validTo: string;
  initialPeriodEndsOn: string;
  ownerIsCentralPurchasingBody: boolean;
  agreedTenderPeriodDays: number | null;
  openedAt: string | null;
  closedAt: string | null;
  closedReason: string | null;
  version: number;
  owner: { id: string; name: string };
  isOwner: boolean;
  categories: Category[];
}

export interface DpsDetail extends DpsSummary {
  requirements: Requirement[];
  validityChanges: ValidityChange[];
  municipalities: { id: string; name: string }[];
  callOffs: {
    mayStart: boolean;
    reason: 'initial_period_running' | 'undecided_applications' | null;
    undecided: number;
  };
}

export interface MarketItem extends DpsSummary {
  requirements: Requirement[];
  validityChanges: ValidityChange[];
}

export interface OwnDocument {
  id: string;
  kind: string;
  title: string;
  validUntil: string | null;
}

export interface Application {
  id: string;
  dps: {
    id: string;
    title: string;
    reference: string;
    status: DpsSummary['status'];
    closedReason: string | null;
  };
  supplier: { id: string; name: string };
  status: ApplicationStatus;
  categories: Category[];
  receivedAt: string;
  inInitialPeriod: boolean;
  decisionDueAt: string;
  extended: boolean;
  extensionReason: string | null;
  overdue: boolean;
  workingDaysLeft: number | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
}

export interface ApplicationDetail extends Application {
  answers: {
    requirement: Requirement;
    declared: boolean | null;
    value: number | null;
    document: { id: string; title: string; validUntil: string | null } | null;
    meets: boolean;
  }[];
}

export interface AdmittedCategory {
  category: Category;
  suppliers: { id: string; name: string }[];
}

export interface DeclarationRequest {
  id: string;
  dps: { id: string; title: string; reference: string };
  supplier: { id: string; name: string };
  requestedAt: string;
  dueAt: string;
  answeredAt: string | null;
  answers: { requirementId: string; declared: boolean }[];
  requirements?: Requirement[];
}

export type Answer =
  | { requirementId: string; declared: boolean }
  | { requirementId: string; value: number }
  | { requirementId: string; documentId: string };

export interface NewDps {
  reference: string;
  title: string;
  description: string;
  country: 'SE' | 'DK';
  validFrom: string;
  validTo: string;
  initialPeriodEndsOn: string;
  ownerIsCentralPurchasingBody: boolean;
  agreedTenderPeriodDays: number | null;
  categoryIds: string[];
  municipalityIds: string[];
  requirements: {
    kind: Requirement['kind'];
    textSv: string;
    textDa: string;
    textEn: string;
    minimum: number | null;
    unit: string | null;
    documentKind: string | null;
  }[];
}

export interface RequirementTemplate {
  code: string;
  kind: Requirement['kind'];
  text: string;
  textSv: string;
  textDa: string;
  textEn: string;
  minimum: number | null;
  unit: string | null;
  documentKind: string | null;
}

export interface SetUpChoices {
  categories: Category[];
  municipalities: { id: string; name: string }[];
  requirements: RequirementTemplate[];
}
