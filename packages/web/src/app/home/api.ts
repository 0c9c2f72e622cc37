import { useQuery } from '@tanstack/react-query';
import { legacyApi, enc } from '../../lib/api';
import { queryKeys } from '../../lib/queryKeys';
import type { Invitation, ItemList, Member } from '../../lib/types';

export function useMemberCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Member>>(`/api/organisations/${enc(orgId)}/members`, { signal }),
    enabled,
    select: (data) => data.items.length,
  });
}

export function useInvitationsForCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Invitation>>(`/api/organisations/${enc(orgId)}/invitations`, {
        signal,
      }),
    enabled,
  });
}

export interface DocumentExpiring {
  id: string;
  supplierId: string;
  supplierName: string;
  kind: string;
  title: string;
  validUntil: string | null;
}

/** What awaits the caller, by role (GET /worklist); a list is absent when no role calls for it. */
export interface Worklist {
  today: string;
  procurement?: {
    applications: {
      id: string;
      dpsId: string;
      dpsTitle: string;
      supplierName: string;
      receivedAt: string;
      decisionDueAt: string;
      extended: boolean;
      overdue: boolean;
    }[];
    agreementsEnding: {
      id: string;
      reference: string;
      title: string;
      endsOn: string;
      extensionsLeft: number;
    }[];
    documentsExpiring: DocumentExpiring[];
  };
  quality?: {
    hiddenSuppliers: {
      supplierId: string;
      supplierName: string;
      agreementId: string;
      reference: string;
      lotName: string;
      reason: string | null;
      hiddenFrom: string | null;
      hiddenTo: string | null;
    }[];
    permitProblems: {
      id: string;
      supplierId: string;
      supplierName: string;
      establishmentName: string;
      authority: string;
      status: string;
      validTo: string | null;
      openCases: number;
      lastCheckedOn: string | null;
    }[];
  };
  supplier?: {
    applications: {
      id: string;
      dpsId: string;
      dpsTitle: string;
      ownerName: string;
      status: string;
      receivedAt: string;
      decisionDueAt: string;
      decisionReason: string | null;
    }[];
    declarationRequests: {
      id: string;
      dpsId: string;
      dpsTitle: string;
      requestedAt: string;
      dueAt: string;
      overdue: boolean;
    }[];
    documentsExpiring: DocumentExpiring[];
    capacityToConfirm: {
      id: string;
      name: string;
      placesTotal: number;
      placesFree: number;
      placesUpdatedAt: string | null;
    }[];
  };
}

export function useWorklist(orgId: string) {
  return useQuery({
    queryKey: queryKeys.worklist(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<Worklist>(`/api/organisations/${enc(orgId)}/worklist`, { signal }),
  });
}
