// The survey documents (issue 12): the contract and the service specification of an order from a
// referral, read back as a reader's program does, by the municipality and by the supplier that
// received it, each its own copy; the evidence pack of the offer survey as it happened; the
// supervisor's consent to three more weeks of a not-approved offer; and the job that tells the
// supervisory authority and reminds the matching team, through the outbox.
import { describe, expect, it } from 'vitest';
import {
  notifySupervisors,
  remindMatchingTeams,
} from '../src/modules/matching/survey-documents/not-approved-job.ts';
import { call, createTestApp } from './support/app.ts';
import { createMember, createOrganisation, randomUUID } from './support/factories.ts';
import { CANNOT_LIVE_WITH, createSurveyWorld, PLANTED_CPR } from './support/matching-documents.ts';
import { isPdf, readPdf } from './support/pdf.ts';

const { app, database, clock, config } = await createTestApp({
  supervisorEmails: { DK: 'socialtilsyn.midt@example.test', SE: undefined },
});
const db = database.db;
const world = await createSurveyWorld(db, clock);
const base = `/api/organisations/${world.municipality.id}`;

async function pdfOf(caller: { cookie: string; csrfToken: string }, url: string, locale = 'da') {
  const response = await call(app, caller, { method: 'GET', url, locale });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(isPdf(response.rawPayload)).toBe(true);
  return { reading: await readPdf(response.rawPayload), response };
}

describe('the contract of an order from a referral', () => {
  it("follows KL's standard contract, in Danish, for the municipality", async () => {
    const { reading, response } = await pdfOf(
      world.officer.caller,
      `${base}/orders/${world.order.id}/contract.pdf`,
    );
    expect(response.headers['content-disposition']).toMatch(/kontrakt-om-kob-af-indsats-AAR-K-/);
    const { text } = reading;
    expect(reading.title).toContain('Kontrakt om køb af indsats');
    expect(reading.language).toBe('da-DK');
    expect(reading.tagged).toBe(true);
    expect(reading.fontsEmbedded).toBe(true);
    for (const part of [
      'Handlekommune',
      'Betalingskommune',
      world.municipality.name,
      world.municipality.identifier,
      'Bøgely Familieteam ApS',
      world.suppliers.chosen.organisation.identifier,
      '5798000416604',
      'Barnets lov § 32 (støttende indsatser)',
      'AAR-2026-7001',
      '6 timers ansigt til ansigt-tid om ugen',
      '585,00 kr. pr. time',
      '182.520,00 kr.',
      'senest 30 dage efter modtagelse af korrekt faktura',
      'pris- og lønfremskrivning',
      '2,6 %',
      'Opsigelse',
      'Afregning ved ophør af en plads',
      'Misligholdelse',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Socialtilsynet. Det bruges');
    expect(text).not.toContain('Kasper Mortensen');
  });

  it('is the supplier’s own copy for the supplier that received the order, without the case', async () => {
    const { text } = (
      await pdfOf(
        world.suppliers.chosen.user.caller,
        `/api/organisations/${world.suppliers.chosen.organisation.id}/orders/${world.order.id}/contract.pdf?locale=en`,
      )
    ).reading;
    expect(text).toContain('Contract for the purchase of an intervention');
    expect(text).toContain('Payment falls due at most 30 days after a correct invoice');
    expect(text).not.toContain('AAR-2026-7001');
    expect(text).not.toContain('Kasper Mortensen');
  });

  it('is in the language asked for, and names a missing EAN/GLN', async () => {
    const other = await createSurveyWorld(db, clock);
    await db
      .updateTable('supplier_profiles')
      .set({ ean_gln: null })
      .where('supplier_id', '=', other.suppliers.chosen.organisation.id)
      .execute();
    const { text } = (
      await pdfOf(
        other.officer.caller,
        `/api/organisations/${other.municipality.id}/orders/${other.order.id}/contract.pdf?locale=sv`,
      )
    ).reading;
    expect(text).toContain('Kontrakt om köp av insats');
    expect(text).toContain('ej angivet i leverantörens profil');
  });

  it('is not found for another supplier, another municipality or an unknown order', async () => {
    const other = await createSurveyWorld(db, clock);
    for (const [caller, orgId] of [
      [world.suppliers.second.user.caller, world.suppliers.second.organisation.id],
      [other.officer.caller, other.municipality.id],
    ] as const) {
      const response = await call(app, caller, {
        method: 'GET',
        url: `/api/organisations/${orgId}/orders/${world.order.id}/contract.pdf`,
      });
      expect(response.statusCode, response.body).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const unknown = await call(app, world.officer.caller, {
      method: 'GET',
      url: `${base}/orders/${randomUUID()}/contract.pdf`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('carries the not-approved flag with the reason, the last day and the consent', async () => {
    const flagged = await createSurveyWorld(db, clock, {
      notApproved: { reason: 'Intet godkendt tilbud har plads i dag.', start: '2026-11-23' },
    });
    const orgBase = `/api/organisations/${flagged.municipality.id}`;
    let { text } = (
      await pdfOf(flagged.officer.caller, `${orgBase}/orders/${flagged.order.id}/contract.pdf`)
    ).reading;
    expect(text).toContain('Tilbud uden godkendelse fra Socialtilsynet');
    expect(text).toContain('Intet godkendt tilbud har plads i dag.');
    expect(text).toContain('13. december 2026');
    const consent = await call(app, flagged.officer.caller, {
      method: 'POST',
      url: `${orgBase}/orders/${flagged.order.id}/supervisor-consent`,
      payload: { note: 'Socialtilsyn Midt, j.nr. 26-1234', consentOn: '2026-11-23', version: 1 },
    });
    expect(consent.statusCode, consent.body).toBe(200);
    ({ text } = (
      await pdfOf(flagged.officer.caller, `${orgBase}/orders/${flagged.order.id}/contract.pdf`)
    ).reading);
    expect(text).toContain('3. januar 2027');
    expect(text).toContain('Socialtilsyn Midt, j.nr. 26-1234');
  });
});

describe('the service specification', () => {
  it('states purpose, goals, hours, duration, follow-up dates and contacts', async () => {
    const { reading } = await pdfOf(
      world.officer.caller,
      `${base}/orders/${world.order.id}/service-specification.pdf`,
    );
    const { text } = reading;
    expect(reading.title).toContain('Ydelsesspecifikation');
    for (const part of [
      `Bilag til kontrakt ${world.order.reference}`,
      'Familiebehandling, så barnet kan blive boende hjemme.',
      'Forældrene har brug for støtte til struktur og samspil.',
      '9 år',
      '6 timers ansigt til ansigt-tid om ugen',
      '365 dage',
      // Three months after 1 December 2026, then every six months within the year.
      '1. marts 2027',
      '1. september 2027',
      'Sofie Sagsbehandler',
      'Mads Matchteam',
      'visitation-0@',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('1. marts 2028');
    expect(text).not.toContain('Kasper Mortensen');
    expect(reading.roles).toContain('L');
  });

  it('is read by the supplier that received the order, in English', async () => {
    const { text } = (
      await pdfOf(
        world.suppliers.chosen.user.caller,
        `/api/organisations/${world.suppliers.chosen.organisation.id}/orders/${world.order.id}/service-specification.pdf?locale=en`,
      )
    ).reading;
    expect(text).toContain('Service specification');
    expect(text).toContain('1 March 2027');
    expect(text).not.toContain('AAR-2026-7001');
  });
});

describe('the evidence pack of the offer survey', () => {
  it('prints every offer considered, who was asked, every answer, the round and the choice', async () => {
    const { reading } = await pdfOf(
      world.officer.caller,
      `${base}/referrals/${world.referralId}/evidence.pdf?locale=en`,
    );
    const { text } = reading;
    expect(reading.title).toContain('Evidence of the offer survey');
    for (const part of [
      'AAR-2026-7001',
      'Bøgely Familieteam ApS',
      'Engblommen Kontaktpersoner ApS',
      'Fjordlys Bosted ApS',
      'Proposal no. 1, score 85 of 100, expected cost DKK 182,520.00',
      'Proposal no. 2',
      'stale data',
      'Excluded: capacity (nextFreeOn 2027-01-15)',
      'by Mads Matchteam',
      'available',
      'DKK 600.00 per hour',
      'DKK 625.00 per hour',
      'No answer yet',
      'DKK 585.00 per hour',
      'Enige om takst uden kørselstillæg.',
      'Ledig fra startdatoen, arabisktalende konsulent og laveste forhandlede pris.',
      world.order.reference,
      'survey.request_sent',
      'referral.chosen',
      'order.created',
    ])
      expect(text).toContain(part);
    // Never who the person cannot live with, never an identity number.
    expect(text).not.toContain('Kasper Mortensen');
    expect(text).not.toContain(CANNOT_LIVE_WITH);
    expect(text).not.toContain(PLANTED_CPR);
    expect(text).toContain('[…]');
    expect(reading.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'Table', 'TH', 'TD']));
  });

  it('is in Danish for a Danish reader', async () => {
    const { text } = (
      await pdfOf(world.officer.caller, `${base}/referrals/${world.referralId}/evidence.pdf`)
    ).reading;
    expect(text).toContain('Dokumentation af tilbudsafdækningen');
    expect(text).toContain('Forslag nr. 1');
    expect(text).toContain('Udelukket: capacity');
  });

  it('is not found for another municipality’s matching team', async () => {
    const outsider = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
    const team = await createMember(db, clock, outsider.id, ['matching_officer']);
    const response = await call(app, team.caller, {
      method: 'GET',
      url: `/api/organisations/${outsider.id}/referrals/${world.referralId}/evidence.pdf`,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("the supervisory authority's consent", () => {
  const flaggedWorld = () =>
    createSurveyWorld(db, clock, {
      notApproved: { reason: 'Akut behov; intet godkendt tilbud passer.', start: '2026-11-23' },
    });

  it('moves the last day of use three weeks on, once, with an audit record', async () => {
    const flagged = await flaggedWorld();
    const url = `/api/organisations/${flagged.municipality.id}/orders/${flagged.order.id}/supervisor-consent`;
    const payload = {
      note: 'Samtykke pr. telefon, j.nr. 26-77',
      consentOn: '2026-11-20',
      version: 1,
    };
    const first = await call(app, flagged.officer.caller, { method: 'POST', url, payload });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      orderId: flagged.order.id,
      notApprovedUntil: '2027-01-03',
      supervisorConsentNote: 'Samtykke pr. telefon, j.nr. 26-77',
      version: 2,
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', flagged.order.id)
      .where('action', '=', 'order.supervisor_consent_recorded')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ notApprovedUntil: '2027-01-03', consentOn: '2026-11-20' });

    const again = await call(app, flagged.officer.caller, {
      method: 'POST',
      url,
      payload: { ...payload, version: 2 },
      locale: 'da',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('kan kun gives én gang');
    const stale = await call(app, flagged.officer.caller, { method: 'POST', url, payload });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses consent dated after the last day or in the future, and on an approved offer', async () => {
    const flagged = await flaggedWorld();
    const url = `/api/organisations/${flagged.municipality.id}/orders/${flagged.order.id}/supervisor-consent`;
    const future = await call(app, flagged.officer.caller, {
      method: 'POST',
      url,
      payload: { note: 'x', consentOn: '2026-11-30', version: 1 },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      { field: 'consentOn', message: 'Samtykkets dato kan ikke ligge i fremtiden.' },
    ]);
    // A use from 26 October ended on 15 November: consent given the day after comes too late.
    const ended = await createSurveyWorld(db, clock, {
      notApproved: { reason: 'Akut.', start: '2026-10-26' },
    });
    const late = await call(app, ended.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${ended.municipality.id}/orders/${ended.order.id}/supervisor-consent`,
      payload: { note: 'x', consentOn: '2026-11-16', version: 1 },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].message).toContain('2026-11-15');
    const blank = await call(app, flagged.officer.caller, {
      method: 'POST',
      url,
      payload: { note: '   ', consentOn: '2026-11-20', version: 1 },
    });
    expect(blank.statusCode).toBe(400);
    const approved = await call(app, world.officer.caller, {
      method: 'POST',
      url: `${base}/orders/${world.order.id}/supervisor-consent`,
      payload: { note: 'x', consentOn: '2026-11-20', version: 1 },
    });
    expect(approved.statusCode).toBe(409);
    expect(approved.json().detail).toContain('godkendt tilbud');
  });
});

describe('the not-approved job', () => {
  it('tells Socialtilsyn once through the outbox, and reminds the matching team before the end', async () => {
    const flagged = await createSurveyWorld(db, clock, {
      notApproved: { reason: 'Akut anbringelse en fredag aften.', start: '2026-11-09' },
    });
    const outbox = (recipient: string) =>
      db
        .selectFrom('outbox')
        .select(['subject', 'body', 'organisation_id'])
        .where('recipient', '=', recipient)
        .execute();
    const deps = {
      db,
      clock,
      config: {
        ...config,
        supervisorEmails: { DK: 'socialtilsyn.midt@example.test', SE: undefined },
      },
    };
    expect(await notifySupervisors(deps)).toBeGreaterThanOrEqual(1);
    const told = (await outbox('socialtilsyn.midt@example.test')).filter((m) =>
      m.body.includes(flagged.order.reference),
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toContain('ikke-godkendt tilbud');
    expect(told[0]!.body).toContain('Akut anbringelse en fredag aften.');
    expect(told[0]!.body).toContain('29. november 2026');
    expect(told[0]!.organisation_id).toBe(flagged.municipality.id);
    expect(await notifySupervisors(deps)).toBe(0);

    // Started Monday 9 November, last day Sunday 29th: the rule reminds on Monday 23rd (five
    // working days before) and Friday 27th (one), each once.
    expect(await remindMatchingTeams(deps)).toBeGreaterThanOrEqual(1);
    const officerMail = () => outbox(flagged.officer.user.email);
    expect(await officerMail()).toHaveLength(1);
    expect((await officerMail())[0]!.subject).toContain('Påmindelse');
    expect((await officerMail())[0]!.body).toContain('Registrér Socialtilsynets samtykke');
    await remindMatchingTeams(deps);
    expect(await officerMail()).toHaveLength(1);
    clock.set(new Date('2026-11-27T08:00:00Z'));
    await remindMatchingTeams(deps);
    expect(await officerMail()).toHaveLength(2);
    clock.set(new Date('2026-11-30T08:00:00Z'));
    await remindMatchingTeams(deps);
    expect(await officerMail()).toHaveLength(2);
    clock.set(new Date('2026-11-23T09:00:00Z'));
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', flagged.order.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['order.supervisor_notified', 'order.not_approved_reminded']),
    );
  });

  it('leaves the authority untold while no address is configured', async () => {
    const flagged = await createSurveyWorld(db, clock, {
      notApproved: { reason: 'Akut.', start: '2026-11-20' },
    });
    const deps = {
      db,
      clock,
      config: { ...config, supervisorEmails: { DK: undefined, SE: undefined } },
    };
    await notifySupervisors(deps);
    const row = await db
      .selectFrom('orders')
      .select('supervisor_notified_at')
      .where('id', '=', flagged.order.id)
      .executeTakeFirstOrThrow();
    expect(row.supervisor_notified_at).toBeNull();
  });
});
