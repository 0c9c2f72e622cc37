import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import type {
  AgreementDetail,
  AgreementInput,
  AgreementSummary,
  DraftingChoices,
  LotInput,
  LotSupplierInput,
  RequirementInput,
  StatusChangeInput,
  Timeline,
} from './types';

const base = (orgId: string) => `/api/organisations/${enc(orgId)}/agreements`;
const keys = {
  all: (orgId: string) => ['organisations', orgId, 'agreements'] as const,
  one: (orgId: string, id: string) => ['organisations', orgId, 'agreements', id] as const,
  choices: (orgId: string) => ['organisations', orgId, 'agreement-drafting-choices'] as const,
  timeline: (orgId: string, id: string, supplierId: string) =>
    ['organisations', orgId, 'agreements', id, 'timeline', supplierId] as const,
};

export function useAgreements(orgId: string) {
  return useQuery({
    queryKey: keys.all(orgId),
    queryFn: ({ signal }) => legacyApi.get<{ items: AgreementSummary[] }>(base(orgId), { signal }),
  });
}

export function useAgreement(orgId: string, agreementId: string) {
  return useQuery({
    queryKey: keys.one(orgId, agreementId),
    queryFn: ({ signal }) =>
      legacyApi.get<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}`, { signal }),
  });
}

export function useSupplierTimeline(orgId: string, agreementId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.timeline(orgId, agreementId, supplierId),
    queryFn: ({ signal }) =>
      legacyApi.get<Timeline>(
        `${base(orgId)}/${enc(agreementId)}/suppliers/${enc(supplierId)}/timeline`,
        { signal },
      ),
  });
}

export function useDraftingChoices(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.choices(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<DraftingChoices>(`${base(orgId)}/drafting-choices`, { signal }),
    enabled,
  });
}

/** After any change the agreement, its list and its timelines are read again. */
function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
}

export function useCreateAgreement(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: AgreementInput) => legacyApi.post<AgreementDetail>(base(orgId), input),
    onSuccess: refresh,
  });
}

export function useChangeSupplierStatus(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ supplierId, ...input }: StatusChangeInput & { supplierId: string }) =>
      legacyApi.post<Timeline>(
        `${base(orgId)}/${enc(agreementId)}/suppliers/${enc(supplierId)}/status`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useActivateAgreement(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (version: number) =>
      legacyApi.post<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}/activate`, { version }),
    onSuccess: refresh,
  });
}

export function useTerminateAgreement(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { version: number; reason: string; terminatedOn: string }) =>
      legacyApi.post<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}/terminate`, input),
    onSuccess: refresh,
  });
}

/** A change of one agreement's draft content; the page reads the agreement again afterwards. */
function useAgreementChange<Input, Result = unknown>(
  orgId: string,
  send: (input: Input) => Promise<Result>,
) {
  const refresh = useRefresh(orgId);
  return useMutation({ mutationFn: send, onSuccess: refresh });
}

export function useSetMunicipalities(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (municipalityIds: string[]) =>
    legacyApi.put<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}/municipalities`, {
      municipalityIds,
    }),
  );
}

/** Adds a lot, or edits the lot `lotId` of the draft. */
export function useSaveLot(orgId: string, agreementId: string, lotId: string | undefined) {
  const lots = `${base(orgId)}/${enc(agreementId)}/lots`;
  return useAgreementChange(orgId, (input: LotInput) =>
    lotId
      ? legacyApi.put<AgreementDetail>(`${lots}/${enc(lotId)}`, input)
      : legacyApi.post(lots, input),
  );
}

export function useDeleteLot(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (lotId: string) =>
    legacyApi.delete<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}/lots/${enc(lotId)}`),
  );
}

export function useAddLotSupplier(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (input: LotSupplierInput) =>
    legacyApi.post<AgreementDetail>(
      `${base(orgId)}/${enc(agreementId)}/lots/${enc(lotId)}/suppliers`,
      input,
    ),
  );
}

export function useRemoveLotSupplier(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (supplierId: string) =>
    legacyApi.delete<AgreementDetail>(
      `${base(orgId)}/${enc(agreementId)}/lots/${enc(lotId)}/suppliers/${enc(supplierId)}`,
    ),
  );
}

export function useRerankLot(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (supplierIds: string[]) =>
    legacyApi.put<AgreementDetail>(
      `${base(orgId)}/${enc(agreementId)}/lots/${enc(lotId)}/ranking`,
      {
        supplierIds,
      },
    ),
  );
}

export function useAddRequirement(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (input: RequirementInput) =>
    legacyApi.post<{ id: string }>(`${base(orgId)}/${enc(agreementId)}/requirements`, input),
  );
}

export function useRemoveRequirement(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (requirementId: string) =>
    legacyApi.delete<void>(`${base(orgId)}/${enc(agreementId)}/requirements/${enc(requirementId)}`),
  );
}

export function useUseExtension(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (version: number) =>
    legacyApi.post<AgreementDetail>(`${base(orgId)}/${enc(agreementId)}/extensions`, { version }),
  );
}
