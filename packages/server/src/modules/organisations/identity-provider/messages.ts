// Server texts of the identity provider settings in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const IDENTITY_PROVIDER_MESSAGES = {
  'identity_provider.issuer_https': {
    sv: 'Utfärdarens adress måste börja med https:// (http:// går bara för en leverantör på den här datorn).',
    da: 'Udstederens adresse skal begynde med https:// (http:// går kun for en udbyder på denne computer).',
    en: "The issuer's address must start with https:// (http:// only for a provider on this machine).",
  },
  'identity_provider.secret_required': {
    sv: 'Ange klienthemligheten som leverantören gav er.',
    da: 'Angiv klienthemmeligheden, som udbyderen gav jer.',
    en: 'Enter the client secret the provider gave you.',
  },
  'identity_provider.domain_taken': {
    sv: 'En annan organisations identitetsleverantör loggar redan in {domains}.',
    da: 'En anden organisations identitetsudbyder logger allerede {domains} ind.',
    en: "Another organisation's identity provider already signs in {domains}.",
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof IDENTITY_PROVIDER_MESSAGES> {}
}
