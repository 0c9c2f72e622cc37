// Server texts of hiding and termination (problem messages, notices to buyers) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const HIDING_MESSAGES = {
  'hiding.already_hidden': {
    sv: 'Enheten är redan dold på avtalet. Häv den döljningen först.',
    da: 'Tilbuddet er allerede skjult på aftalen. Ophæv skjulningen først.',
    en: 'The establishment is already hidden on the agreement. Lift that hiding first.',
  },
  'hiding.not_hidden': {
    sv: 'Enheten är inte dold på avtalet.',
    da: 'Tilbuddet er ikke skjult på aftalen.',
    en: 'The establishment is not hidden on the agreement.',
  },
  'hiding.hidden_to_before_from': {
    sv: 'Slutdatum kan inte ligga före startdatum.',
    da: 'Slutdatoen kan ikke ligge før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  'email.hiding.supplier_hidden.subject': {
    sv: '{supplier} är dold på {agreement}',
    da: '{supplier} er skjult på {agreement}',
    en: '{supplier} is hidden on {agreement}',
  },
  'email.hiding.supplier_hidden.body': {
    sv: '{supplier} är dold på ramavtalet {agreement} från {from}. Leverantören finns med i era pågående avrop:\n{calloffs}\n\nDold leverantör får inga nya erbjudanden eller inbjudningar. Se över avropen: {link}',
    da: '{supplier} er skjult på rammeaftalen {agreement} fra {from}. Leverandøren indgår i jeres igangværende tildelinger:\n{calloffs}\n\nEn skjult leverandør får ingen nye tilbud eller invitationer. Gennemgå tildelingerne: {link}',
    en: '{supplier} is hidden on the framework agreement {agreement} from {from}. The supplier is part of your running call-offs:\n{calloffs}\n\nA hidden supplier receives no new offers or invitations. Review the call-offs: {link}',
  },
  'email.hiding.establishment_hidden.subject': {
    sv: '{establishment} ({supplier}) är dold på {agreement}',
    da: '{establishment} ({supplier}) er skjult på {agreement}',
    en: '{establishment} ({supplier}) is hidden on {agreement}',
  },
  'email.hiding.establishment_hidden.body': {
    sv: 'Enheten {establishment} hos {supplier} är dold på ramavtalet {agreement} från {from} och kan inte erbjudas för placeringar. Leverantören finns med i era pågående avrop:\n{calloffs}\n\nSe över avropen: {link}',
    da: 'Tilbuddet {establishment} hos {supplier} er skjult på rammeaftalen {agreement} fra {from} og kan ikke tilbydes til anbringelser. Leverandøren indgår i jeres igangværende tildelinger:\n{calloffs}\n\nGennemgå tildelingerne: {link}',
    en: 'The establishment {establishment} of {supplier} is hidden on the framework agreement {agreement} from {from} and cannot be offered for placements. The supplier is part of your running call-offs:\n{calloffs}\n\nReview the call-offs: {link}',
  },
  'email.hiding.supplier_terminated.subject': {
    sv: '{supplier} är hävd på {agreement}',
    da: '{supplier} er ophævet på {agreement}',
    en: '{supplier} is terminated on {agreement}',
  },
  'email.hiding.supplier_terminated.body': {
    sv: 'Avtalet med {supplier} på ramavtalet {agreement} är hävt från {from}. Era pågående avropsavtal med leverantören:\n{orders}\n\nPlanera hur insatserna ska fortsätta: {link}',
    da: 'Aftalen med {supplier} på rammeaftalen {agreement} er ophævet fra {from}. Jeres igangværende leveranceaftaler med leverandøren:\n{orders}\n\nPlanlæg hvordan indsatserne skal fortsætte: {link}',
    en: 'The participation of {supplier} in the framework agreement {agreement} is terminated from {from}. Your running orders with the supplier:\n{orders}\n\nPlan how the services will continue: {link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof HIDING_MESSAGES> {}
}
