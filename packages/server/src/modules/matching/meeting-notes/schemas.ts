// The contract of meeting notes: what a matching team learned when it met a supplier.
import { Type, type Static } from 'typebox';
import { paged, pageParams } from '../../../platform/paging.ts';
import { dateTime, nonBlankText, paramsOf, plainDate } from '../../../platform/schemas.ts';

export const supplierParams = paramsOf('orgId', 'supplierId');

export const noteBody = Type.Object(
  {
    metOn: plainDate,
    participants: nonBlankText(1000),
    learned: nonBlankText(10_000),
  },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof noteBody>;

export const note = Type.Object({
  id: Type.String(),
  supplierId: Type.String(),
  metOn: Type.String(),
  participants: Type.String(),
  learned: Type.String(),
  createdBy: Type.Object({ name: Type.String() }),
  createdAt: dateTime,
});

export const NOTE_SORTS = ['metOn'] as const;
export const NOTE_PAGE_DEFAULTS = { sort: 'metOn', order: 'desc' } as const;
export const noteListQuery = Type.Object(pageParams(NOTE_SORTS, NOTE_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type NoteListQuery = Static<typeof noteListQuery>;

export const notePage = paged(note);
