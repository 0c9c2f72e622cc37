import { describe, expect, it } from 'vitest';
import {
  checkPermitCsv,
  readPermitCsv,
  supplierIdentifiersIn,
  type RegistrySupplier,
} from '../src/permit-csv.ts';

const HEADER =
  'supplier_identifier;establishment_name;authority;reference;scope;status;valid_from;valid_to;open_cases;last_checked_on';

const registry: Record<string, RegistrySupplier> = {
  '556677-8899': {
    id: 'sup-se',
    country: 'SE',
    establishments: [{ id: 'est-1', name: 'Lindgården' }],
  },
  '41000016': {
    id: 'sup-dk',
    country: 'DK',
    establishments: [{ id: 'est-2', name: 'Botilbud Åhuse' }],
  },
};
const lookup = (identifier: string) => registry[identifier];

function report(text: string) {
  return checkPermitCsv(readPermitCsv(text), lookup);
}

function reasonsOf(row: string) {
  const r = report(`${HEADER}\n${row}`);
  expect(r.accepted).toEqual([]);
  return r.rejected[0]?.reasons.map((x) => x.code);
}

describe('a permit CSV file', () => {
  it('accepts a good file row by row, with typed values and the registry ids', () => {
    const r = report(
      `${HEADER}\n5566778899;Lindgården;IVO;IVO 3.5.1-123/2024;HVB 13-17;valid;2024-01-01;;0;2026-10-01\n` +
        `41000016;botilbud åhuse;socialtilsyn;ST-77;Botilbud;changed;2023-05-01;2027-05-01;2;\n`,
    );
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toHaveLength(2);
    expect(r.accepted[0]).toMatchObject({
      line: 2,
      supplierId: 'sup-se',
      establishmentId: 'est-1',
      permit: {
        authority: 'IVO',
        reference: 'IVO 3.5.1-123/2024',
        status: 'valid',
        validFrom: '2024-01-01',
        validTo: null,
        openCases: 0,
        lastCheckedOn: '2026-10-01',
      },
    });
    expect(r.accepted[1]!.permit).toMatchObject({ authority: 'Socialtilsyn', openCases: 2 });
  });

  it('reads a UTF-8 BOM, commas as separators, quoted fields and CRLF line ends', () => {
    const text =
      '\uFEFFsupplier_identifier,establishment_name,authority,reference,scope,status\r\n' +
      '556677-8899,Lindgården,IVO,R1,"HVB, youth ""13-17""",valid\r\n';
    const r = report(text);
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]!.permit.scope).toBe('HVB, youth "13-17"');
  });

  it('names the supplier identifiers it needs to look up, normalised', () => {
    expect(supplierIdentifiersIn(readPermitCsv(`${HEADER}\n5566778899;x;IVO;R;;valid`))).toEqual([
      '556677-8899',
    ]);
  });

  it('rejects an unknown supplier', () => {
    expect(reasonsOf('559999-0000;Lindgården;IVO;R;;valid;;;;')).toContain('unknown_supplier');
  });

  it('rejects an establishment the supplier does not have', () => {
    expect(reasonsOf('556677-8899;Solgården;IVO;R;;valid;;;;')).toEqual(['unknown_establishment']);
  });

  it('rejects a date that is not YYYY-MM-DD or does not exist', () => {
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;valid;2024-02-30;;;')).toEqual(['bad_date']);
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;valid;;;;1.10.2026')).toEqual(['bad_date']);
  });

  it('rejects a validity that ends before it starts', () => {
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;valid;2025-01-01;2024-01-01;;')).toEqual([
      'valid_to_before_valid_from',
    ]);
  });

  it('rejects an unknown status', () => {
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;giltigt;;;;')).toEqual(['unknown_status']);
  });

  it('rejects an unknown authority, and an authority of the wrong country', () => {
    expect(reasonsOf('556677-8899;Lindgården;Skolverket;R;;valid;;;;')).toEqual([
      'unknown_authority',
    ]);
    expect(reasonsOf('556677-8899;Lindgården;Socialtilsyn;R;;valid;;;;')).toEqual([
      'authority_country_mismatch',
    ]);
  });

  it('rejects a missing required value, a bad count of open cases and a short row', () => {
    expect(reasonsOf('556677-8899;Lindgården;IVO;;;valid;;;;')).toEqual(['missing_value']);
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;valid;;;-1;')).toEqual(['bad_open_cases']);
    expect(reasonsOf('556677-8899;Lindgården;IVO;R;;valid')).toEqual(['column_count']);
  });

  it('rejects a second row about the same permit', () => {
    const r = report(
      `${HEADER}\n556677-8899;Lindgården;IVO;R;;valid;;;;\n556677-8899;Lindgården;IVO;R;;revoked;;;;`,
    );
    expect(r.accepted).toHaveLength(1);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        line: 3,
        reasons: [{ code: 'duplicate_row', column: 'reference' }],
      }),
    ]);
  });

  it('refuses a file without the required columns or without any content', () => {
    expect(report('name;status\nx;valid').fileProblem).toEqual({
      code: 'missing_columns',
      columns: ['supplier_identifier', 'establishment_name', 'authority', 'reference'],
    });
    expect(report('\uFEFF\n\n').fileProblem).toEqual({ code: 'empty' });
  });
});
