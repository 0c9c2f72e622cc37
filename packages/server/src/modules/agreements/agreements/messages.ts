// Server texts of the agreements area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const AGREEMENT_MESSAGES = {
  'agreement.reference_taken': {
    sv: 'Diarienumret {reference} används redan för ett annat ramavtal.',
    da: 'Referencen {reference} bruges allerede til en anden rammeaftale.',
    en: 'The reference {reference} is already used by another framework agreement.',
  },
  'agreement.long_period_reason_required': {
    sv: 'Avtalet kan löpa till {latestEnd} med alla förlängningar, alltså mer än fyra år. Ange skälet till den längre perioden.',
    da: 'Aftalen kan løbe til {latestEnd} med alle forlængelser, altså mere end fire år. Angiv begrundelsen for den længere periode.',
    en: 'With every extension the agreement can run until {latestEnd}, more than four years. Record the reason for the longer period.',
  },
  'agreement.ends_before_start': {
    sv: 'Slutdatumet ligger före startdatumet.',
    da: 'Slutdatoen ligger før startdatoen.',
    en: 'The end date is before the start date.',
  },
  'agreement.version_conflict': {
    sv: 'Någon annan har ändrat avtalet medan du arbetade. Ladda om och gör ändringen igen.',
    da: 'En anden har ændret aftalen, mens du arbejdede. Genindlæs og foretag ændringen igen.',
    en: 'Someone else changed the agreement while you were working. Reload and make your change again.',
  },
  'agreement.not_draft': {
    sv: 'Det här kan bara ändras medan avtalet är ett utkast.',
    da: 'Dette kan kun ændres, mens aftalen er et udkast.',
    en: 'This can only be changed while the agreement is a draft.',
  },
  'agreement.not_running': {
    sv: 'Avtalet har löpt ut eller hävts, så leverantörernas status och rangordning kan inte längre ändras.',
    da: 'Aftalen er udløbet eller ophævet, så leverandørernes status og rangordning kan ikke længere ændres.',
    en: 'The agreement has expired or been terminated, so suppliers’ status and ranking can no longer change.',
  },
  'agreement.incomplete': {
    sv: 'Avtalet kan inte aktiveras ännu. Det som saknas står nedan.',
    da: 'Aftalen kan ikke aktiveres endnu. Det, der mangler, står nedenfor.',
    en: 'The agreement cannot be activated yet. What is missing is listed below.',
  },
  'agreement.gap.no_lots': {
    sv: 'Lägg till minst ett delområde.',
    da: 'Tilføj mindst én delaftale.',
    en: 'Add at least one lot.',
  },
  'agreement.gap.lot_without_suppliers': {
    sv: 'Varje delområde behöver minst en leverantör.',
    da: 'Hver delaftale skal have mindst én leverandør.',
    en: 'Every lot needs at least one supplier.',
  },
  'agreement.gap.no_municipalities': {
    sv: 'Välj minst en deltagande kommun.',
    da: 'Vælg mindst én deltagende kommune.',
    en: 'Choose at least one participating municipality.',
  },
  'agreement.cannot_terminate': {
    sv: 'Bara ett aktivt avtal kan hävas.',
    da: 'Kun en aktiv aftale kan ophæves.',
    en: 'Only an active agreement can be terminated.',
  },
  'agreement.terminated_before_start': {
    sv: 'Hävningsdatumet ligger före avtalets start.',
    da: 'Ophævelsesdatoen ligger før aftalens start.',
    en: 'The termination date is before the agreement starts.',
  },
  'agreement.municipality_not_in_mandate': {
    sv: '{count} av de valda kommunerna ingår inte i organisationens uppdrag.',
    da: '{count} af de valgte kommuner er ikke omfattet af organisationens mandat.',
    en: '{count} of the chosen municipalities {count|is|are} not in the organisation’s mandate.',
  },
  'agreement.lot_number_taken': {
    sv: 'Delområde {number} finns redan i avtalet.',
    da: 'Delaftale {number} findes allerede i aftalen.',
    en: 'Lot {number} already exists in the agreement.',
  },
  'agreement.lot_has_history': {
    sv: 'Delområde {number} kan inte tas bort eftersom leverantörernas status redan har ändrats på det. Historiken måste finnas kvar.',
    da: 'Delaftale {number} kan ikke slettes, fordi leverandørernes status allerede er ændret på den. Historikken skal bevares.',
    en: 'Lot {number} cannot be deleted because its suppliers’ status has already been changed on it. That history must be kept.',
  },
  'agreement.category_unknown': {
    sv: 'Välj en av organisationens tjänstekategorier.',
    da: 'Vælg en af organisationens ydelseskategorier.',
    en: 'Choose one of the organisation’s service categories.',
  },
  'agreement.area_unknown': {
    sv: 'Okända kommunkoder: {codes}.',
    da: 'Ukendte kommunekoder: {codes}.',
    en: 'Unknown municipality codes: {codes}.',
  },
  'agreement.volume_rule_incomplete': {
    sv: 'En volymregel behöver en gräns (ett positivt heltal) och en enhet.',
    da: 'En volumenregel kræver en grænse (et positivt heltal) og en enhed.',
    en: 'A volume rule needs a threshold (a positive whole number) and a unit.',
  },
  'agreement.supplier_unknown': {
    sv: 'Välj en registrerad leverantör.',
    da: 'Vælg en registreret leverandør.',
    en: 'Choose a registered supplier.',
  },
  'agreement.supplier_already_on_lot': {
    sv: '{name} finns redan i delområdet.',
    da: '{name} er allerede med i delaftalen.',
    en: '{name} is already on this lot.',
  },
  'agreement.rank_out_of_range': {
    sv: 'Placeringen kan vara högst {max}.',
    da: 'Placeringen kan højst være {max}.',
    en: 'The rank can be at most {max}.',
  },
  'agreement.ranking_mismatch': {
    sv: 'Den nya rangordningen måste innehålla varje leverantör i delområdet exakt en gång.',
    da: 'Den nye rangordning skal indeholde hver leverandør i delaftalen præcis én gang.',
    en: 'The new ranking must list every supplier of the lot exactly once.',
  },
  'agreement.status.terminated_is_final': {
    sv: 'Leverantörens avtal är hävt. Det går inte att ändra.',
    da: 'Leverandørens aftale er ophævet. Det kan ikke ændres.',
    en: 'The supplier has been terminated. That is final.',
  },
  'agreement.status.not_hidden': {
    sv: 'Leverantören är inte dold.',
    da: 'Leverandøren er ikke skjult.',
    en: 'The supplier is not hidden.',
  },
  'agreement.status.hidden_to_before_from': {
    sv: 'Slutdatumet för döljandet ligger före startdatumet.',
    da: 'Slutdatoen for skjulningen ligger før startdatoen.',
    en: 'The hiding ends before it starts.',
  },
  'agreement.status.reason_required': {
    sv: 'Ange ett skäl.',
    da: 'Angiv en begrundelse.',
    en: 'Give a reason.',
  },
  'agreement.requirement.invalid': {
    sv: 'Avtalskravet är inte korrekt ifyllt.',
    da: 'Kontraktkravet er ikke udfyldt korrekt.',
    en: 'The contract requirement is not filled in correctly.',
  },
  'agreement.requirement.unknown_kind': {
    sv: 'Okänd typ av krav.',
    da: 'Ukendt type krav.',
    en: 'Unknown kind of requirement.',
  },
  'agreement.requirement.not_an_object': {
    sv: 'Parametrarna saknas.',
    da: 'Parametrene mangler.',
    en: 'The parameters are missing.',
  },
  'agreement.requirement.unknown_parameter': {
    sv: 'Den här parametern hör inte till kravet.',
    da: 'Denne parameter hører ikke til kravet.',
    en: 'This parameter does not belong to the requirement.',
  },
  'agreement.requirement.density_format': {
    sv: 'Skriv bemanningstätheten som ett decimaltal med punkt, till exempel 1.2.',
    da: 'Skriv normeringen som et decimaltal med punktum, for eksempel 1.2.',
    en: 'Write the staffing density as a decimal with a point, for example 1.2.',
  },
  'agreement.requirement.density_not_positive': {
    sv: 'Bemanningstätheten måste vara större än noll.',
    da: 'Normeringen skal være større end nul.',
    en: 'The staffing density must be above zero.',
  },
  'agreement.requirement.must_be_true': {
    sv: 'Kravet måste vara påslaget.',
    da: 'Kravet skal være slået til.',
    en: 'The requirement must be switched on.',
  },
  'agreement.requirement.whole_number_range': {
    sv: 'Ange ett heltal inom det tillåtna intervallet.',
    da: 'Angiv et heltal inden for det tilladte interval.',
    en: 'Enter a whole number within the allowed range.',
  },
  'agreement.requirement.education_codes': {
    sv: 'Ange minst en utbildningskod (små bokstäver, siffror och understreck).',
    da: 'Angiv mindst én uddannelseskode (små bogstaver, tal og understreg).',
    en: 'Give at least one education code (lower-case letters, digits and underscores).',
  },
  'agreement.requirement.authority': {
    sv: 'Tillsynsmyndigheten ska vara IVO eller Socialtilsyn.',
    da: 'Tilsynsmyndigheden skal være IVO eller Socialtilsyn.',
    en: 'The supervisory authority must be IVO or Socialtilsyn.',
  },
  'agreement.cannot_extend': {
    sv: 'Bara ett aktivt avtal som inte har löpt ut kan förlängas.',
    da: 'Kun en aktiv aftale, der ikke er udløbet, kan forlænges.',
    en: 'Only an active agreement that has not expired can be extended.',
  },
  'agreement.no_extension_left': {
    sv: 'Alla förlängningsoptioner är redan utnyttjade.',
    da: 'Alle forlængelsesoptioner er allerede udnyttet.',
    en: 'Every extension option has already been used.',
  },
  'agreement.requirement.boolean': {
    sv: 'Ange ja eller nej.',
    da: 'Angiv ja eller nej.',
    en: 'Answer yes or no.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof AGREEMENT_MESSAGES> {}
}
