import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvaluationBasis, EvaluationModelKind } from '@tildel/domain/evaluation/index';
import { legacyApi, enc, query } from '../../../lib/api';
import type { CallOffOption, VolumeUnit } from '../needs/api';

export const CALLOFF_STATUSES = [
  'draft',
  'open',
  'offering',
  'evaluation',
  'awarded',
  'ordered',
  'unfulfilled',
  'cancelled',
] as const;
export type CalloffStatus = (typeof CALLOFF_STATUSES)[number];
export const PROCEDURES = ['ranking', 'renewed_competition', 'dps_specific_contract'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export interface CalloffSummary {
  id: string;
  status: CalloffStatus;
  title: string;
  procedure: Procedure;
  needId: string;
  needTitle: string;
  kind: CallOffOption['kind'];
  source: CallOffOption['source'];
  lot: CallOffOption['lot'];
  category: CallOffOption['category'];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface RequirementView {
  id: string;
  position: number;
  level: 'must' | 'should';
  title: string;
  criterion: { kind: 'yes_no' | 'minimum'; minimum?: number };
  value:
    | { kind: 'deduction'; amountMinor: number; currency: string }
    | { kind: 'points'; points: number }
    | null;
}

export interface ModelInput {
  kind: EvaluationModelKind;
  basis: EvaluationBasis;
  priceWeight?: number;
  qualityWeight?: number;
}

export interface CalloffDetail extends CalloffSummary {
  why: CallOffOption['why'];
  expectedVolume: { quantity: number; unit: VolumeUnit };
  currency: string;
  need: { id: string; kind: string; title: string; status: string };
  requirements: RequirementView[];
  model: ModelInput;
  setupProblems: { code: string; requirementPosition?: number }[];
  warning: string | null;
  createdBy: { id: string; name: string };
  cancelledReason: string | null;
  requestText: string;
  costCentre: string | null;
  publishedAt: string | null;
  /** Renewed competition and DPS: bids are received until then (the server's clock). */
  tenderDeadline: string | null;
  openedAt: string | null;
  responseWindow: { unit: 'hours' | 'working_days'; amount: number } | null;
  /** The only thing anyone but a bidder may know of sealed bids. */
  bidCount: number;
  deadlinePassed: boolean;
}

export interface RequirementInput {
  level: 'must' | 'should';
  title: string;
  criterion: { kind: 'yes_no' | 'minimum'; minimum?: number };
  value: { kind: 'deduction'; amountMinor: number } | { kind: 'points'; points: number } | null;
}

const key = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/calloffs`;

export function useCalloffs(
  orgId: string,
  filter: { status?: CalloffStatus; procedure?: Procedure },
) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: CalloffSummary[]; nextBefore: string | null }>(
        `${base(orgId)}${query({ status: filter.status, procedure: filter.procedure })}`,
        { signal },
      ),
  });
}

export function useCalloff(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', calloffId],
    queryFn: ({ signal }) =>
      legacyApi.get<CalloffDetail>(`${base(orgId)}/${enc(calloffId)}`, { signal }),
  });
}

function useCalloffMutation<Input>(orgId: string, send: (input: Input) => Promise<CalloffDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData([...key(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: key(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
    },
  });
}

export function useStartCalloff(orgId: string) {
  return useCalloffMutation(
    orgId,
    (input: { needId: string; lotId?: string; dpsId?: string; categoryId?: string }) =>
      legacyApi.post<CalloffDetail>(base(orgId), input),
  );
}

export function useSaveEvaluation(orgId: string, calloffId: string) {
  return useCalloffMutation(
    orgId,
    (input: { version: number; requirements: RequirementInput[]; model: ModelInput }) =>
      legacyApi.put<CalloffDetail>(`${base(orgId)}/${enc(calloffId)}/evaluation`, input),
  );
}

export function useCancelCalloff(orgId: string, calloffId: string) {
  return useCalloffMutation(orgId, (input: { version: number; reason: string }) =>
    legacyApi.post<CalloffDetail>(`${base(orgId)}/${enc(calloffId)}/cancel`, input),
  );
}
