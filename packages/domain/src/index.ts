export * from './money.ts';
export * from './calendar.ts';
export * from './identifiers.ts';
