// Schemas of the logbook routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import { paged, pageParams } from '../../../platform/paging.ts';
import { dateTime, nonBlankText, nullable, paramsOf, uuid } from '../../../platform/schemas.ts';

export const noteParams = paramsOf('orgId', 'noteId');

/** How the notes may be sorted; the newest first as they always were. */
export const NOTE_SORTS = ['created', 'agreement', 'supplier'] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];
export const NOTE_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    supplierId: Type.Optional(uuid),
    establishmentId: Type.Optional(uuid),
    agreementId: Type.Optional(uuid),
    ...pageParams(NOTE_SORTS, NOTE_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);

export const summaryQuery = Type.Object(
  { supplierIds: Type.Array(uuid, { minItems: 1, maxItems: 100 }) },
  { additionalProperties: false },
);

export const noteBody = Type.Object(
  {
    agreementId: uuid,
    supplierId: uuid,
    establishmentId: Type.Optional(nullable(uuid)),
    text: nonBlankText(4000),
    sensitive: Type.Boolean(),
    concern: Type.Boolean(),
  },
  { additionalProperties: false },
);

export type NewNote = Static<typeof noteBody>;
export type NoteFilter = Static<typeof listQuery>;

const named = Type.Object({ id: Type.String(), name: Type.String() });

export const note = Type.Object({
  id: Type.String(),
  agreement: Type.Object({ id: Type.String(), reference: Type.String(), title: Type.String() }),
  supplier: named,
  establishment: nullable(named),
  author: Type.Object({ name: Type.String(), organisation: Type.String() }),
  createdAt: dateTime,
  sensitive: Type.Boolean(),
  concern: Type.Boolean(),
  text: nullable(Type.String({ description: 'Null in lists when the note is sensitive' })),
  ownNote: Type.Boolean({ description: "The caller's organisation owns the agreement" }),
});

export const noteList = paged(note);

/** Who read a note, newest first: a page of reads with their total. */
export const READS_PAGE_DEFAULTS = { sort: 'at', order: 'desc' } as const;
export const readsQuery = Type.Object(
  { ...pageParams(['at'] as const, READS_PAGE_DEFAULTS) },
  { additionalProperties: false },
);

export const readList = paged(
  Type.Object({ at: dateTime, user: Type.String(), organisation: Type.String() }),
);

export const summary = Type.Object({
  items: Type.Array(
    Type.Object({
      supplierId: Type.String(),
      notes: Type.Array(note),
      openCorrections: Type.Integer(),
    }),
  ),
});
