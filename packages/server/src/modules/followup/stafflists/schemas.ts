// Schemas of the staff-list routes: what may come in, what goes out.
import { Type, type Static, type TOptional } from 'typebox';
import { type ContractRequirement, REQUIREMENT_KINDS } from '@tildel/domain/contract-requirements';
import {
  SHIFT_ROW_COLUMNS,
  SHIFT_ROWS_MAX,
  SHIFTS,
  STAFF_EDUCATION_CODES,
  STAFF_LIST_COLUMNS,
  STAFF_LIST_MAX_ROWS,
  STAFF_NAME_MAX_LENGTH,
  STAFF_ROLES,
  type CheckOutcome,
  type ShiftRowColumn,
  type StaffListColumn,
} from '@tildel/domain/staff-list/index';
import { STAFF_LIST_FILE_MAX_BYTES } from './staff-list-file.ts';
import {
  base64MaxLength,
  enumOf,
  nullable,
  nullableString,
  paramsOf,
  plainDate,
  problemDetails,
  text,
  uploadedFile,
  uuid,
} from '../../../platform/schemas.ts';
import { choiceParams, choicesOf } from '../../../platform/choices.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

/** Where a request stands: asked for, or a list came in. */
export const STAFF_LIST_STATUSES = ['requested', 'submitted'] as const;
export type StaffListStatus = (typeof STAFF_LIST_STATUSES)[number];

export const requestParams = paramsOf('orgId', 'requestId');

/** How a list of requests may be sorted; the latest deadline first as it always was. */
export const STAFF_LIST_SORTS = [
  'deadline',
  'establishment',
  'counterpart',
  'period',
  'status',
] as const;
export type StaffListSort = (typeof STAFF_LIST_SORTS)[number];
export const STAFF_LIST_PAGE_DEFAULTS = { sort: 'deadline', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    status: Type.Optional(enumOf(STAFF_LIST_STATUSES)),
    ...pageParams(STAFF_LIST_SORTS, STAFF_LIST_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof listQuery>;

/** An instant as ISO 8601, in the years PostgreSQL and the rest of Tildel accept. */
const instant = Type.String({ format: 'date-time', maxLength: 40, pattern: '^(19|20)[0-9]{2}-' });

export const requestBody = Type.Object(
  {
    agreementId: uuid,
    establishmentId: uuid,
    periodFrom: plainDate,
    periodTo: plainDate,
    placedResidents: Type.Integer({ minimum: 0, maximum: 1000 }),
    deadline: instant,
    message: Type.Optional(text(2000)),
  },
  { additionalProperties: false },
);

export type RequestInput = Static<typeof requestBody>;

// 2 MB of file is about 2.7 MB of base64; a little more passes so the reader names the limit.
export const MAX_BASE64 = base64MaxLength(STAFF_LIST_FILE_MAX_BYTES);

export const fileBody = uploadedFile(STAFF_LIST_FILE_MAX_BYTES);

export type FileInput = Static<typeof fileBody>;

/** A cell as typed; the domain's parser says what it must hold, as it does for a file. */
const cell = text(STAFF_NAME_MAX_LENGTH + 50);

const rowCells = Object.fromEntries(
  STAFF_LIST_COLUMNS.map((column) => [column, Type.Optional(cell)]),
) as Record<StaffListColumn, TOptional<typeof cell>>;

const shiftCells = Object.fromEntries(
  SHIFT_ROW_COLUMNS.map((column) => [column, Type.Optional(text(40))]),
) as Record<ShiftRowColumn, TOptional<ReturnType<typeof text>>>;

export const rowsBody = Type.Object(
  {
    rows: Type.Array(Type.Object(rowCells, { additionalProperties: false }), {
      maxItems: STAFF_LIST_MAX_ROWS,
    }),
    shifts: Type.Optional(
      Type.Array(Type.Object(shiftCells, { additionalProperties: false }), {
        maxItems: SHIFT_ROWS_MAX,
        description:
          'Per-shift rows (date, shift, awake staff hours), read like the section of a file; leave out for a list of totals',
      }),
    ),
  },
  { additionalProperties: false },
);

/** One row as a form gives it: the cells of a file, as text, under the columns' keys. */
export type FormRow = Static<typeof rowsBody>['rows'][number];
/** One per-shift row of the form, likewise. */
export type FormShiftRow = NonNullable<Static<typeof rowsBody>['shifts']>[number];

// ---- responses ----------------------------------------------------------------------------------

const str = Type.String();
const int = Type.Integer();
const named = Type.Object({ id: str, name: str });

const requestProperties = {
  id: str,
  body: named,
  agreement: Type.Object({ id: str, reference: str, title: str }),
  supplier: named,
  establishment: named,
  periodFrom: str,
  periodTo: str,
  placedResidents: int,
  deadline: str,
  message: str,
  status: enumOf(STAFF_LIST_STATUSES),
  overdue: Type.Boolean(),
  requestedAt: str,
  version: int,
};

export const requestList = paged(
  Type.Object({
    ...requestProperties,
    latest: nullable(Type.Object({ submittedAt: str, met: int, notMet: int, notApplicable: int })),
  }),
);

/** How a requirement stands against the list (staff-list/checks.ts `CheckOutcome`). */
const CHECK_OUTCOMES = [
  'met',
  'not_met',
  'not_applicable',
] as const satisfies readonly CheckOutcome[];

const rowNumbers = Type.Array(int);
const measureProperties = { unit: str, measured: int, required: int, shortfall: int };

/** A requirement's parameters differ by kind; parseRequirement has checked them. */
const requirement = Type.Unsafe<ContractRequirement>({
  type: 'object',
  additionalProperties: true,
});

/** A row as stored (jsonb): every row was read by the domain's parseStaffList. */
const staffRow = Type.Object({
  row: int,
  name: str,
  role: enumOf(STAFF_ROLES),
  education: enumOf(STAFF_EDUCATION_CODES),
  yearsInRoleHundredths: nullable(int),
  employmentHundredths: int,
  hoursHundredths: Type.Object({ day: int, evening: int, night: int }),
  nightAwake: Type.Boolean(),
});

/** A per-shift row as stored (jsonb): read by the domain's parseShiftRows. */
const shiftRow = Type.Object({
  row: int,
  date: str,
  shift: enumOf(SHIFTS),
  awakeHundredths: int,
});

/** A night the report names: no one awake ('none'), or fewer than required ('too_few'). */
const nightShort = Type.Object({
  date: str,
  awakeHundredths: int,
  requiredHundredths: int,
  reason: enumOf(['none', 'too_few'] as const),
});

const submissionFacts = {
  id: str,
  source: str,
  fileName: nullableString,
  submittedAt: str,
  submittedByName: str,
};

export const requestDetail = Type.Object({
  request: Type.Object(requestProperties),
  requirements: Type.Array(Type.Object({ id: str, description: str, requirement })),
  latest: nullable(
    Type.Object({
      ...submissionFacts,
      rows: Type.Array(staffRow),
      shifts: Type.Array(shiftRow),
    }),
  ),
  report: nullable(
    Type.Array(
      Type.Object({
        requirementId: str,
        description: str,
        requirement,
        kind: enumOf(REQUIREMENT_KINDS),
        outcome: enumOf(CHECK_OUTCOMES),
        measure: nullable(Type.Object(measureProperties)),
        countedRows: rowNumbers,
        failedRows: Type.Array(Type.Object({ row: int, reasons: Type.Array(str) })),
        shifts: Type.Optional(
          Type.Array(
            Type.Object({
              shift: enumOf(SHIFTS),
              outcome: str,
              ...measureProperties,
              countedRows: rowNumbers,
            }),
          ),
        ),
        notApplicable: Type.Optional(str),
        nights: Type.Optional(Type.Array(nightShort)),
      }),
    ),
  ),
  history: Type.Array(Type.Object({ ...submissionFacts, rowCount: int })),
});

export const choices = Type.Object({
  agreements: Type.Array(Type.Object({ id: str, reference: str, title: str })),
});

export const establishmentChoiceQuery = Type.Object(
  { agreementId: uuid, ...choiceParams },
  { additionalProperties: false },
);

/** The establishments on the agreement whose name holds the text, and how many in all. */
export const establishmentChoices = choicesOf(Type.Object({ id: str, name: str, supplier: named }));

/** A list refused whole: every problem with its row, column and reason in words. */
export const rejected = Type.Object(
  {
    ...problemDetails.properties,
    problems: Type.Array(
      Type.Object({
        section: enumOf(['staff', 'shifts'] as const),
        row: int,
        column: nullableString,
        heading: nullableString,
        reason: str,
        message: str,
      }),
    ),
  },
  { description: 'RFC 9457 problem details, in the reader’s language, with every problem' },
);
