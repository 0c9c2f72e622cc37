// Server texts of the survey documents (contract, service specification, evidence pack), the
// supervisor's consent and the not-approved rule's mails, in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const SURVEY_DOCUMENT_MESSAGES = {
  'surveyDocs.not_from_referral': {
    sv: 'Avropsavtalet kommer inte från en remiss och har därför inget kontrakt av den här sorten.',
    da: 'Kontrakten stammer ikke fra en indstilling og har derfor ingen kontrakt af denne slags.',
    en: 'The order did not come from a referral, so it has no contract of this kind.',
  },
  'surveyDocs.not_not_approved': {
    sv: 'Avropsavtalet gäller ett godkänt erbjudande; inget samtycke från tillsynen behövs.',
    da: 'Kontrakten gælder et godkendt tilbud; der kræves intet samtykke fra Socialtilsynet.',
    en: 'The order uses an approved offer; no consent from the supervisory authority is needed.',
  },
  'surveyDocs.consent_exists': {
    sv: 'Tillsynens samtycke till tre veckor till är redan registrerat ({date}). Det kan bara ges en gång.',
    da: 'Socialtilsynets samtykke til tre uger mere er allerede registreret ({date}). Det kan kun gives én gang.',
    en: "The supervisory authority's consent to three more weeks is already recorded ({date}). It can be given once only.",
  },
  'surveyDocs.consent_after_end': {
    sv: 'Samtycket måste vara givet senast sista dagen för användningen, {until}.',
    da: 'Samtykket skal være givet senest den sidste dag for brugen, {until}.',
    en: 'The consent must be given on or before the last day of use, {until}.',
  },
  'surveyDocs.consent_in_future': {
    sv: 'Samtyckets datum kan inte ligga i framtiden.',
    da: 'Samtykkets dato kan ikke ligge i fremtiden.',
    en: 'The date of the consent cannot be in the future.',
  },
  'surveyDocs.invalid': {
    sv: 'Samtycket kunde inte registreras. Rätta de markerade fälten.',
    da: 'Samtykket kunne ikke registreres. Ret de markerede felter.',
    en: 'The consent could not be recorded. Correct the marked fields.',
  },
  'surveyDocs.version_conflict': {
    sv: 'Någon annan har ändrat avropsavtalet under tiden. Läs in sidan igen.',
    da: 'En anden har ændret kontrakten imens. Genindlæs siden.',
    en: 'Someone else changed the order meanwhile. Reload the page.',
  },

  // ---- shared labels ----
  'surveyDocs.yes': { sv: 'Ja', da: 'Ja', en: 'Yes' },
  'surveyDocs.no': { sv: 'Nej', da: 'Nej', en: 'No' },
  'surveyDocs.none': { sv: '–', da: '–', en: '–' },
  'surveyDocs.per_unit': {
    sv: '{price} per {unit}',
    da: '{price} pr. {unit}',
    en: '{price} per {unit}',
  },
  'surveyDocs.hours_per_week': {
    sv: '{hours} timmar ansikte mot ansikte per vecka',
    da: '{hours} timers ansigt til ansigt-tid om ugen',
    en: '{hours} face-to-face hours a week',
  },
  'surveyDocs.place': { sv: 'En plats', da: 'En plads', en: 'A place' },
  'surveyDocs.place_at': {
    sv: 'En plats på {place}',
    da: 'En plads på {place}',
    en: 'A place at {place}',
  },
  'surveyDocs.days': { sv: '{days} dagar', da: '{days} dage', en: '{days} days' },
  'surveyDocs.period': { sv: '{from} – {to}', da: '{from} – {to}', en: '{from} – {to}' },
  'surveyDocs.open_ended': { sv: 'tills vidare', da: 'indtil videre', en: 'until further notice' },
  'surveyDocs.kind.new': { sv: 'Ny insats', da: 'Ny indsats', en: 'New intervention' },
  'surveyDocs.kind.extension': { sv: 'Förlängning', da: 'Forlængelse', en: 'Extension' },
  'surveyDocs.kind.adjustment': { sv: 'Justering', da: 'Justering', en: 'Adjustment' },
  'surveyDocs.urgency.today': { sv: 'Akut (i dag)', da: 'Akut (i dag)', en: 'Acute (today)' },
  'surveyDocs.urgency.within_5_working_days': {
    sv: 'Inom 5 arbetsdagar',
    da: 'Inden for 5 arbejdsdage',
    en: 'Within 5 working days',
  },
  'surveyDocs.urgency.later': { sv: 'Senare', da: 'Senere', en: 'Later' },
  'surveyDocs.service.open_care': { sv: 'Öppenvård', da: 'Ambulant indsats', en: 'Open care' },
  'surveyDocs.service.botilbud': {
    sv: 'Boende (botilbud)',
    da: 'Botilbud',
    en: 'Residential service (botilbud)',
  },
  'surveyDocs.service.hvb': {
    sv: 'HVB',
    da: 'Døgninstitution (HVB)',
    en: 'Residential care home (HVB)',
  },
  'surveyDocs.service.supported_housing': {
    sv: 'Stödboende',
    da: 'Støttet bolig',
    en: 'Supported housing',
  },
  'surveyDocs.service.family_home': { sv: 'Familjehem', da: 'Plejefamilie', en: 'Family home' },
  'surveyDocs.service.staffing': { sv: 'Bemanning', da: 'Vikarer', en: 'Staffing' },
  'surveyDocs.service.supervision': { sv: 'Handledning', da: 'Supervision', en: 'Supervision' },

  // ---- the contract (KL's standard contract structure) ----
  'surveyDocs.contract.title': {
    sv: 'Kontrakt om köp av insats',
    da: 'Kontrakt om køb af indsats',
    en: 'Contract for the purchase of an intervention',
  },
  'surveyDocs.contract.parties': { sv: '1. Parter', da: '1. Parter', en: '1. Parties' },
  'surveyDocs.contract.acting': {
    sv: 'Handlingskommun',
    da: 'Handlekommune',
    en: 'Acting municipality',
  },
  'surveyDocs.contract.paying': {
    sv: 'Betalningskommun',
    da: 'Betalingskommune',
    en: 'Paying municipality',
  },
  'surveyDocs.contract.supplier': { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  'surveyDocs.contract.identifier.DK': { sv: 'CVR-nummer', da: 'CVR-nummer', en: 'CVR number' },
  'surveyDocs.contract.identifier.SE': {
    sv: 'Organisationsnummer',
    da: 'Organisationsnummer',
    en: 'Organisation number',
  },
  'surveyDocs.contract.ean': { sv: 'EAN/GLN-nummer', da: 'EAN/GLN-nummer', en: 'EAN/GLN number' },
  'surveyDocs.contract.ean_missing': {
    sv: 'ej angivet i leverantörens profil',
    da: 'ikke angivet i leverandørens profil',
    en: "not given in the supplier's profile",
  },
  'surveyDocs.contract.address': { sv: 'Adress', da: 'Adresse', en: 'Address' },
  'surveyDocs.contract.basis': {
    sv: '2. Kontraktsgrundlag',
    da: '2. Kontraktgrundlag',
    en: '2. Basis of the contract',
  },
  'surveyDocs.contract.basis_text': {
    sv: 'Kontraktet bygger på kommunens beslut och remiss samt leverantörens svar i erbjudandeundersökningen. Tjänstespecifikationen är en bilaga till kontraktet. Vid motstridigheter gäller kontraktet före bilagan.',
    da: 'Kontrakten bygger på kommunens afgørelse og indstilling samt leverandørens svar i tilbudsafdækningen. Ydelsesspecifikationen er bilag til kontrakten. Ved uoverensstemmelser går kontrakten forud for bilaget.',
    en: "The contract rests on the municipality's decision and referral and the supplier's answer in the offer survey. The service specification is an annex to the contract. Where they differ, the contract prevails over the annex.",
  },
  'surveyDocs.contract.intervention': {
    sv: '3. Insatsen',
    da: '3. Indsatsen',
    en: '3. The intervention',
  },
  'surveyDocs.contract.service': { sv: 'Insats', da: 'Indsats', en: 'Intervention' },
  'surveyDocs.contract.legal_basis': { sv: 'Lagrum', da: 'Lovgrundlag', en: 'Legal basis' },
  'surveyDocs.contract.offer': { sv: 'Erbjudande', da: 'Tilbud', en: 'Offer' },
  'surveyDocs.contract.case': {
    sv: 'Kommunens ärende',
    da: 'Kommunens sag',
    en: "Municipality's case",
  },
  'surveyDocs.contract.intensity': { sv: 'Omfattning', da: 'Omfang', en: 'Extent' },
  'surveyDocs.contract.period': { sv: 'Period', da: 'Periode', en: 'Period' },
  'surveyDocs.contract.kind': { sv: 'Slag', da: 'Type', en: 'Kind' },
  'surveyDocs.contract.price': {
    sv: '4. Pris och betalning',
    da: '4. Pris og betaling',
    en: '4. Price and payment',
  },
  'surveyDocs.contract.unit_price': { sv: 'Pris', da: 'Pris', en: 'Price' },
  'surveyDocs.contract.volume': {
    sv: 'Förväntad volym',
    da: 'Forventet omfang',
    en: 'Expected volume',
  },
  'surveyDocs.contract.total': {
    sv: 'Förväntat belopp',
    da: 'Forventet beløb',
    en: 'Expected amount',
  },
  'surveyDocs.contract.payment': {
    sv: 'Betalning sker senast 30 dagar efter mottagen korrekt faktura. Leverantören fakturerar elektroniskt till kommunens EAN/GLN-nummer eller Peppol-adress.',
    da: 'Betaling sker senest 30 dage efter modtagelse af korrekt faktura. Leverandøren fakturerer elektronisk (OIOUBL) til kommunens EAN-nummer.',
    en: "Payment falls due at most 30 days after a correct invoice is received. The supplier invoices electronically to the municipality's EAN/GLN number or Peppol address.",
  },
  'surveyDocs.contract.indexation': {
    sv: 'Priset regleras den 1 januari varje år med den senast offentliggjorda satsen: {rate} % för {year} ({source}).',
    da: 'Taksten reguleres pr. 1. januar hvert år med den seneste pris- og lønfremskrivning efter økonomiaftalen: {rate} % for {year} ({source}).',
    en: 'The price is adjusted each 1 January by the latest rate of the economy agreement: {rate} % for {year} ({source}).',
  },
  'surveyDocs.contract.indexation_none': {
    sv: 'Priset regleras den 1 januari varje år med den senast offentliggjorda satsen.',
    da: 'Taksten reguleres pr. 1. januar hvert år med den seneste pris- og lønfremskrivning efter økonomiaftalen.',
    en: 'The price is adjusted each 1 January by the latest published rate of the economy agreement.',
  },
  'surveyDocs.contract.notice': {
    sv: '5. Uppsägning',
    da: '5. Opsigelse',
    en: '5. Notice',
  },
  'surveyDocs.contract.notice_text': {
    sv: 'Kommunen kan säga upp kontraktet med 30 dagars varsel, leverantören med 3 månaders varsel. Vid akut ändrat behov kan kommunen säga upp kontraktet med 14 dagars varsel.',
    da: 'Kommunen kan opsige kontrakten med 30 dages varsel, leverandøren med 3 måneders varsel. Ved akut ændret behov kan kommunen opsige kontrakten med 14 dages varsel.',
    en: 'The municipality may end the contract with 30 days’ notice, the supplier with 3 months’ notice. Where the need changes acutely, the municipality may end it with 14 days’ notice.',
  },
  'surveyDocs.contract.closing': {
    sv: '6. Avräkning när en plats upphör',
    da: '6. Afregning ved ophør af en plads',
    en: '6. Settlement when a place closes',
  },
  'surveyDocs.contract.closing_text': {
    sv: 'Ersättning betalas till och med den dag insatsen upphör. Upphör en plats på grund av dödsfall, sjukhusvistelse över 30 dagar eller flytt, betalas ersättning i högst 14 dagar därefter. Förskott avräknas mot sista fakturan.',
    da: 'Betaling sker til og med den dag, indsatsen ophører. Ophører en plads ved dødsfald, hospitalsophold ud over 30 dage eller fraflytning, betales i højst 14 dage derefter. Forudbetaling modregnes i den sidste faktura.',
    en: 'Payment runs up to and including the day the intervention ends. When a place closes on death, a hospital stay of more than 30 days or moving out, payment runs for at most 14 days after. Advance payments are set off against the last invoice.',
  },
  'surveyDocs.contract.failure': {
    sv: '7. Bristande leverans',
    da: '7. Misligholdelse',
    en: '7. Failure to deliver',
  },
  'surveyDocs.contract.failure_text': {
    sv: 'Levererar leverantören inte enligt kontraktet och tjänstespecifikationen, meddelar kommunen skriftligen och ger en skälig frist att rätta. Rättas bristen inte kan kommunen göra avdrag i priset för det som inte levererats, och vid väsentlig brist häva kontraktet utan varsel. Leverantören meddelar genast kommunen om den inte kan leverera.',
    da: 'Leverer leverandøren ikke efter kontrakten og ydelsesspecifikationen, giver kommunen skriftligt besked og en rimelig frist til afhjælpning. Afhjælpes manglen ikke, kan kommunen gøre forholdsmæssigt afslag i prisen, og ved væsentlig misligholdelse hæve kontrakten uden varsel. Leverandøren giver straks kommunen besked, hvis den ikke kan levere.',
    en: 'If the supplier does not deliver as the contract and the service specification say, the municipality gives written notice and a reasonable time to remedy. If not remedied, the municipality may reduce the price for what was not delivered and, on a material failure, terminate without notice. The supplier tells the municipality at once if it cannot deliver.',
  },
  'surveyDocs.contract.not_approved': {
    sv: '8. Erbjudande utan godkännande från tillsynen',
    da: '8. Tilbud uden godkendelse fra Socialtilsynet',
    en: '8. Offer not approved by the supervisory authority',
  },
  'surveyDocs.contract.not_approved_text': {
    sv: 'Erbjudandet är inte godkänt av tillsynsmyndigheten. Det används för ett akut behov eftersom inget godkänt erbjudande passar, högst till och med {until}. Skäl: {reason}',
    da: 'Tilbuddet er ikke godkendt af Socialtilsynet. Det bruges til et akut behov, fordi intet godkendt tilbud passer, højst til og med {until}. Begrundelse: {reason}',
    en: 'The offer is not approved by the supervisory authority. It is used for an acute need because no approved offer fits, at most up to and including {until}. Reason: {reason}',
  },
  'surveyDocs.contract.consent_text': {
    sv: 'Tillsynen samtyckte den {date} till tre veckor till: {note}',
    da: 'Socialtilsynet gav den {date} samtykke til tre uger mere: {note}',
    en: 'The supervisory authority consented on {date} to three more weeks: {note}',
  },
  'surveyDocs.contract.signatures': { sv: 'Underskrifter', da: 'Underskrifter', en: 'Signatures' },
  'surveyDocs.contract.signature_line': {
    sv: 'För {party}: ____________________  Datum: __________',
    da: 'For {party}: ____________________  Dato: __________',
    en: 'For {party}: ____________________  Date: __________',
  },

  // ---- the service specification ----
  'surveyDocs.spec.title': {
    sv: 'Tjänstespecifikation',
    da: 'Ydelsesspecifikation',
    en: 'Service specification',
  },
  'surveyDocs.spec.annex': {
    sv: 'Bilaga till kontrakt {reference}',
    da: 'Bilag til kontrakt {reference}',
    en: 'Annex to contract {reference}',
  },
  'surveyDocs.spec.purpose': { sv: 'Syfte', da: 'Formål', en: 'Purpose' },
  'surveyDocs.spec.goals': { sv: 'Mål och behov', da: 'Mål og behov', en: 'Goals and needs' },
  'surveyDocs.spec.person': { sv: 'Personen', da: 'Borgeren', en: 'The person' },
  'surveyDocs.spec.age': { sv: '{age} år', da: '{age} år', en: '{age} years' },
  'surveyDocs.spec.languages': { sv: 'Språk', da: 'Sprog', en: 'Languages' },
  'surveyDocs.spec.delivery': { sv: 'Leverans', da: 'Levering', en: 'Delivery' },
  'surveyDocs.spec.duration': { sv: 'Varaktighet', da: 'Varighed', en: 'Duration' },
  'surveyDocs.spec.follow_up': { sv: 'Uppföljning', da: 'Opfølgning', en: 'Follow-up' },
  'surveyDocs.spec.follow_up_rule': {
    sv: 'Insatsen följs upp tre månader efter start och sedan var sjätte månad. Leverantören lämnar en skriftlig status senast en vecka före varje uppföljning.',
    da: 'Indsatsen følges op tre måneder efter start og derefter hver sjette måned. Leverandøren sender et skriftligt statusnotat senest en uge før hver opfølgning.',
    en: 'The intervention is followed up three months after the start and then every six months. The supplier sends a written status at least a week before each follow-up.',
  },
  'surveyDocs.spec.follow_up_none': {
    sv: 'Insatsen är kortare än tre månader: den följs upp när den avslutas.',
    da: 'Indsatsen er kortere end tre måneder: den følges op ved afslutning.',
    en: 'The intervention is shorter than three months: it is followed up when it ends.',
  },
  'surveyDocs.spec.contacts': { sv: 'Kontakter', da: 'Kontaktpersoner', en: 'Contacts' },
  'surveyDocs.spec.caseworker': { sv: 'Handläggare', da: 'Sagsbehandler', en: 'Caseworker' },
  'surveyDocs.spec.matching': { sv: 'Matchningsteamet', da: 'Visitationen', en: 'Matching team' },
  'surveyDocs.spec.supplier_contact': {
    sv: 'Leverantörens kontakt',
    da: 'Leverandørens kontakt',
    en: "Supplier's contact",
  },

  // ---- the evidence pack ----
  'surveyDocs.evidence.title': {
    sv: 'Dokumentation av erbjudandeundersökningen',
    da: 'Dokumentation af tilbudsafdækningen',
    en: 'Evidence of the offer survey',
  },
  'surveyDocs.evidence.intro': {
    sv: 'Så som undersökningen skedde, ur registrerade och granskningsloggade uppgifter. Personen är pseudonymiserad; känsliga uppgifter om vem personen inte kan bo med finns inte med.',
    da: 'Som afdækningen skete, ud fra registrerede og revisionslogførte oplysninger. Borgeren er pseudonymiseret; følsomme oplysninger om, hvem borgeren ikke kan bo med, er ikke medtaget.',
    en: 'As the survey happened, from recorded, audit-logged data. The person is pseudonymised; the sensitive note on whom the person cannot live with is left out.',
  },
  'surveyDocs.evidence.referral': { sv: 'Remissen', da: 'Indstillingen', en: 'The referral' },
  'surveyDocs.evidence.received': { sv: 'Mottagen', da: 'Modtaget', en: 'Received' },
  'surveyDocs.evidence.due': { sv: 'Beslut senast', da: 'Afgørelse senest', en: 'Decision due' },
  'surveyDocs.evidence.urgency': { sv: 'Brådska', da: 'Hastegrad', en: 'Urgency' },
  'surveyDocs.evidence.assignee': { sv: 'Handläggs av', da: 'Behandles af', en: 'Handled by' },
  'surveyDocs.evidence.considered': {
    sv: 'Erbjudanden som övervägdes',
    da: 'Tilbud, der blev overvejet',
    en: 'Offers considered',
  },
  'surveyDocs.evidence.none': { sv: 'Inga.', da: 'Ingen.', en: 'None.' },
  'surveyDocs.evidence.left_out': {
    sv: 'Dessutom sorterade matchningens första kontroller bort {count} {count|erbjudande|erbjudanden} av samma insatstyp: {reasons}.',
    da: 'Desuden sorterede matchningens første kontroller {count} tilbud af samme indsatstype fra: {reasons}.',
    en: "Matching's first checks also left out {count} {count|offer|offers} of the same service type: {reasons}.",
  },
  'surveyDocs.evidence.col.offer': { sv: 'Erbjudande', da: 'Tilbud', en: 'Offer' },
  'surveyDocs.evidence.col.when': { sv: 'När', da: 'Hvornår', en: 'When' },
  'surveyDocs.evidence.col.explanation': {
    sv: 'Matchningens förklaring',
    da: 'Matchningens forklaring',
    en: "Matching's explanation",
  },
  'surveyDocs.evidence.proposal': {
    sv: 'Förslag nr {rank}, poäng {total} av 100, förväntad kostnad {cost}, {distance} km',
    da: 'Forslag nr. {rank}, score {total} af 100, forventet udgift {cost}, {distance} km',
    en: 'Proposal no. {rank}, score {total} of 100, expected cost {cost}, {distance} km',
  },
  'surveyDocs.evidence.excluded': {
    sv: 'Utesluten: {reasons}',
    da: 'Udelukket: {reasons}',
    en: 'Excluded: {reasons}',
  },
  'surveyDocs.evidence.flag.stale': {
    sv: 'inaktuella uppgifter',
    da: 'forældede oplysninger',
    en: 'stale data',
  },
  'surveyDocs.evidence.flag.outside': {
    sv: 'utanför avtal',
    da: 'uden for aftale',
    en: 'outside agreements',
  },
  'surveyDocs.evidence.flag.not_approved': {
    sv: 'ej godkänt av tillsynen',
    da: 'ikke godkendt af Socialtilsynet',
    en: 'not approved by the supervisor',
  },
  'surveyDocs.evidence.requests': {
    sv: 'Förfrågningar och svar',
    da: 'Forespørgsler og svar',
    en: 'Requests and answers',
  },
  'surveyDocs.evidence.col.asked': { sv: 'Tillfrågad', da: 'Spurgt', en: 'Asked' },
  'surveyDocs.evidence.col.answer': { sv: 'Svar', da: 'Svar', en: 'Answer' },
  'surveyDocs.evidence.sent': {
    sv: '{at} av {by}; svar senast {replyBy}',
    da: '{at} af {by}; svar senest {replyBy}',
    en: '{at} by {by}; reply by {replyBy}',
  },
  'surveyDocs.evidence.acute': { sv: 'akut, till alla', da: 'akut, til alle', en: 'acute, to all' },
  'surveyDocs.evidence.held': {
    sv: 'plats hålls till {until}',
    da: 'plads holdt til {until}',
    en: 'place held until {until}',
  },
  'surveyDocs.evidence.answered': {
    sv: '{at} av {by}: {available}',
    da: '{at} af {by}: {available}',
    en: '{at} by {by}: {available}',
  },
  'surveyDocs.evidence.available': { sv: 'kan ta emot', da: 'kan modtage', en: 'available' },
  'surveyDocs.evidence.unavailable': {
    sv: 'kan inte ta emot',
    da: 'kan ikke modtage',
    en: 'not available',
  },
  'surveyDocs.evidence.start': { sv: 'start {date}', da: 'start {date}', en: 'start {date}' },
  'surveyDocs.evidence.price': { sv: 'pris {price}', da: 'pris {price}', en: 'price {price}' },
  'surveyDocs.evidence.questions': {
    sv: 'frågor: {text}',
    da: 'spørgsmål: {text}',
    en: 'questions: {text}',
  },
  'surveyDocs.evidence.state.sent': {
    sv: 'Inget svar ännu',
    da: 'Intet svar endnu',
    en: 'No answer yet',
  },
  'surveyDocs.evidence.state.expired': {
    sv: 'Inget svar inom tiden',
    da: 'Intet svar inden fristen',
    en: 'No answer in time',
  },
  'surveyDocs.evidence.state.withdrawn': {
    sv: 'Förfrågan återkallad',
    da: 'Forespørgsel trukket tilbage',
    en: 'Request withdrawn',
  },
  'surveyDocs.evidence.negotiation': { sv: 'Förhandling', da: 'Forhandling', en: 'Negotiation' },
  'surveyDocs.evidence.col.round': { sv: 'Runda', da: 'Runde', en: 'Round' },
  'surveyDocs.evidence.col.asked_price': {
    sv: 'Begärt pris',
    da: 'Ønsket pris',
    en: 'Price asked',
  },
  'surveyDocs.evidence.col.agreed_price': {
    sv: 'Överenskommet pris',
    da: 'Aftalt pris',
    en: 'Price agreed',
  },
  'surveyDocs.evidence.col.by': { sv: 'Av och när', da: 'Af og hvornår', en: 'By and when' },
  'surveyDocs.evidence.col.note': { sv: 'Anteckning', da: 'Note', en: 'Note' },
  'surveyDocs.evidence.choice': { sv: 'Valet', da: 'Valget', en: 'The choice' },
  'surveyDocs.evidence.chosen': { sv: 'Valt erbjudande', da: 'Valgt tilbud', en: 'Offer chosen' },
  'surveyDocs.evidence.reason': { sv: 'Skäl', da: 'Begrundelse', en: 'Reason' },
  'surveyDocs.evidence.decided': { sv: 'Beslutat', da: 'Besluttet', en: 'Decided' },
  'surveyDocs.evidence.order': { sv: 'Avropsavtal', da: 'Kontrakt', en: 'Order' },
  'surveyDocs.evidence.no_choice': {
    sv: 'Inget val är gjort ännu.',
    da: 'Der er ikke truffet et valg endnu.',
    en: 'No choice has been made yet.',
  },
  'surveyDocs.evidence.audit': { sv: 'Granskningslogg', da: 'Revisionslog', en: 'Audit trail' },
  'surveyDocs.evidence.col.action': { sv: 'Händelse', da: 'Hændelse', en: 'Event' },
  'surveyDocs.evidence.col.actor': { sv: 'Av', da: 'Af', en: 'By' },
  'surveyDocs.evidence.system': { sv: 'Systemet', da: 'Systemet', en: 'The system' },

  // ---- mails of the not-approved rule ----
  'surveyDocs.mail.supervisor.subject': {
    sv: 'Underrättelse: {municipality} använder ett ej godkänt erbjudande ({offer})',
    da: 'Underretning: {municipality} bruger et ikke-godkendt tilbud ({offer})',
    en: 'Notice: {municipality} uses an offer not approved ({offer})',
  },
  'surveyDocs.mail.supervisor.body': {
    sv: '{municipality} har för ett akut behov köpt en insats hos {supplier} ({identifier}), erbjudandet {offer}, som inte är godkänt av tillsynen. Användningen börjar {start} och pågår högst till och med {until}.\n\nSkäl: {reason}\n\nAvropsavtal: {reference}. Kommunens matchningsteam kan nås via {link}.',
    da: '{municipality} har til et akut behov købt en indsats hos {supplier} (CVR {identifier}), tilbuddet {offer}, som ikke er godkendt af Socialtilsynet. Brugen begynder {start} og varer højst til og med {until}.\n\nBegrundelse: {reason}\n\nKontrakt: {reference}. Kommunens visitation kan kontaktes via {link}.',
    en: '{municipality} has bought an intervention for an acute need from {supplier} ({identifier}), the offer {offer}, which is not approved by the supervisory authority. The use starts {start} and lasts at most up to and including {until}.\n\nReason: {reason}\n\nOrder: {reference}. The municipality’s matching team can be reached through {link}.',
  },
  'surveyDocs.mail.reminder.subject': {
    sv: 'Påminnelse: ej godkänt erbjudande får användas till {until} ({reference})',
    da: 'Påmindelse: ikke-godkendt tilbud må bruges til {until} ({reference})',
    en: 'Reminder: the offer not approved may be used until {until} ({reference})',
  },
  'surveyDocs.mail.reminder.body': {
    sv: 'Avropsavtalet {reference} hos {supplier} ({offer}) använder ett erbjudande som tillsynen inte godkänt. Det får användas till och med {until}. {next}\n\n{link}',
    da: 'Kontrakten {reference} hos {supplier} ({offer}) bruger et tilbud, som Socialtilsynet ikke har godkendt. Det må bruges til og med {until}. {next}\n\n{link}',
    en: 'The order {reference} with {supplier} ({offer}) uses an offer the supervisory authority has not approved. It may be used up to and including {until}. {next}\n\n{link}',
  },
  'surveyDocs.mail.reminder.next_consent': {
    sv: 'Registrera tillsynens samtycke till tre veckor till, eller hitta ett godkänt erbjudande.',
    da: 'Registrér Socialtilsynets samtykke til tre uger mere, eller find et godkendt tilbud.',
    en: "Record the supervisory authority's consent to three more weeks, or find an approved offer.",
  },
  'surveyDocs.mail.reminder.next_move': {
    sv: 'Förlängning är inte möjlig: hitta ett godkänt erbjudande.',
    da: 'Forlængelse er ikke mulig: find et godkendt tilbud.',
    en: 'No further extension is possible: find an approved offer.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof SURVEY_DOCUMENT_MESSAGES> {}
}
