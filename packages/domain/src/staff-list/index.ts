// Staff lists: reading one from a table and checking it against an agreement's requirements.
export * from './vocabulary.ts';
export * from './columns.ts';
export * from './rows.ts';
export * from './shift-rows.ts';
export * from './nights.ts';
export * from './checks.ts';
