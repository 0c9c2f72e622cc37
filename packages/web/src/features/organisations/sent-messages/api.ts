import { useInfiniteQuery } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';
import type { Page } from '../../../lib/types';

export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed';
  transport: 'smtp' | 'kept' | null;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export function useMessages(orgId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.messages(orgId),
    queryFn: ({ pageParam, signal }) =>
      legacyApi.get<Page<OutgoingMessage>>(
        `/api/organisations/${enc(orgId)}/messages${query({ before: pageParam, limit: 50 })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
