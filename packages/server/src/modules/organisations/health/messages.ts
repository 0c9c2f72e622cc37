// Server texts of the readiness check in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const HEALTH_MESSAGES = {
  'health.database_unreachable': {
    sv: 'Databasen svarar inte. Tildel tar emot förfrågningar igen när den gör det.',
    da: 'Databasen svarer ikke. Tildel tager imod forespørgsler igen, når den gør.',
    en: 'The database does not answer. Tildel takes requests again once it does.',
  },
  'health.migrations_pending': {
    sv: 'Databasen saknar {count} {count|ändring|ändringar} av schemat; starta om servern så att de körs.',
    da: 'Databasen mangler {count} {count|ændring|ændringer} af skemaet; genstart serveren, så de køres.',
    en: 'The database lacks {count} schema {count|change|changes}; restart the server to apply them.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof HEALTH_MESSAGES> {}
}
