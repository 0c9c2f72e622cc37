// The contract of the OCDS routes: the packages (OCDS 1.1, their releases as the standard's
// schema defines them and the tests validate) and the publishing setting.
import { Type } from 'typebox';
import { dateTime, nullableDateTime, paramsOf } from '../../../platform/schemas.ts';

export const SUBJECTS = ['agreements', 'dps', 'calloffs'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Each subject's id parameter, as the other areas' routes name them. */
export const SUBJECT_ID = {
  agreements: 'agreementId',
  dps: 'dpsId',
  calloffs: 'calloffId',
} as const;

export const subjectParams = {
  agreements: paramsOf('orgId', 'agreementId'),
  dps: paramsOf('orgId', 'dpsId'),
  calloffs: paramsOf('orgId', 'calloffId'),
};

const packageMeta = {
  uri: Type.String({ format: 'uri' }),
  version: Type.Literal('1.1'),
  extensions: Type.Array(Type.String({ format: 'uri' })),
  publishedDate: dateTime,
  publisher: Type.Object({ name: Type.String(), scheme: Type.String(), uid: Type.String() }),
};

/** A release as the OCDS release schema defines it (validated against it in the tests). */
const release = Type.Unknown({ description: 'An OCDS 1.1 release' });

export const releasePackage = Type.Object(
  { ...packageMeta, releases: Type.Array(release) },
  { description: 'An OCDS 1.1 release package', additionalProperties: false },
);

export const recordPackage = Type.Object(
  {
    ...packageMeta,
    records: Type.Array(
      Type.Object({
        ocid: Type.String(),
        releases: Type.Array(release),
        compiledRelease: release,
      }),
    ),
  },
  { description: 'An OCDS 1.1 record package', additionalProperties: false },
);

export const publishingSetting = Type.Object({
  published: Type.Boolean(),
  changedAt: nullableDateTime,
  /** Where the public finds the awarded data when published. */
  publicPath: Type.String(),
});

export const publishingBody = Type.Object(
  { published: Type.Boolean() },
  { additionalProperties: false },
);
