import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Need, NeedKind } from '@tildel/domain/need';
import { legacyApi, enc, query } from '../../../lib/api';

export type { Need, NeedKind };
export const NEED_STATUSES = [
  'draft',
  'submitted',
  'in_calloff',
  'fulfilled',
  'withdrawn',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export interface NeedSummary {
  id: string;
  kind: NeedKind;
  status: NeedStatus;
  title: string;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  withdrawnAt: string | null;
  version: number;
}

export interface NeedDetail extends NeedSummary {
  need: Need;
  /** The free text about a person: each read of it is logged. */
  sensitive: boolean;
}

export interface NeedInput {
  title: string;
  need: Need;
}

const needsKey = (orgId: string) => ['organisations', orgId, 'needs'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/needs`;

export function useNeeds(
  orgId: string,
  filter: { status?: NeedStatus; mine?: boolean; limit?: number },
) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: NeedSummary[]; nextBefore: string | null }>(
        `${base(orgId)}${query({ status: filter.status, mine: filter.mine ? 'true' : undefined, limit: filter.limit })}`,
        { signal },
      ),
  });
}

export function useNeed(orgId: string, needId: string) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'one', needId],
    queryFn: ({ signal }) => legacyApi.get<NeedDetail>(`${base(orgId)}/${enc(needId)}`, { signal }),
  });
}

export function useSaveNeed(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: NeedInput }) =>
      id
        ? legacyApi.put<NeedDetail>(`${base(orgId)}/${enc(id)}`, { ...input, version })
        : legacyApi.post<NeedDetail>(base(orgId), input),
    onSuccess: () => client.invalidateQueries({ queryKey: needsKey(orgId) }),
  });
}

export function useNeedStep(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      step,
      version,
    }: {
      id: string;
      step: 'submit' | 'withdraw';
      version: number;
    }) => legacyApi.post<NeedDetail>(`${base(orgId)}/${enc(id)}/${step}`, { version }),
    onSuccess: () => client.invalidateQueries({ queryKey: needsKey(orgId) }),
  });
}

export type CallOffProcedure = 'ranking' | 'renewed_competition' | 'dps_specific_contract';
export type VolumeUnit = 'hour' | 'day' | 'month' | 'package';

/** A lot or DPS category that fits the need, with the procedure a call-off would follow. */
export interface CallOffOption {
  kind: 'agreement_lot' | 'dps_category';
  source: { id: string; reference: string; title: string };
  lot: { id: string; number: number; name: string } | null;
  category: { id: string; sv: string; da: string; en: string };
  /** Null when it cannot be used now; `why` then holds the refusal. */
  procedure: CallOffProcedure | null;
  why: {
    code: string;
    params?: {
      volume?: number;
      threshold?: number;
      unit?: VolumeUnit;
      given?: VolumeUnit;
      validFrom?: string;
      validTo?: string;
      initialPeriodEndsOn?: string;
      undecided?: number;
    };
  };
}

export interface CallOffOptions {
  expectedVolume: { quantity: number; unit: VolumeUnit };
  options: CallOffOption[];
}

export function useCallOffOptions(orgId: string, needId: string) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'one', needId, 'calloff-options'],
    queryFn: ({ signal }) =>
      legacyApi.get<CallOffOptions>(`${base(orgId)}/${enc(needId)}/calloff-options`, { signal }),
  });
}
