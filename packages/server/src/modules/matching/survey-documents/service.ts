// The survey documents: the contract and the service specification of an order from a referral
// (read by the municipality that ordered and the supplier that received it, each its own copy),
// and the evidence pack of a referral's offer survey (the municipality's matching team). Which
// side the caller is on follows from its organisation's kind, as for the order document.
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import { contractDocument } from './contract.ts';
import { evidenceDocument } from './evidence.ts';
import * as repo from './repo.ts';
import { specificationDocument } from './specification.ts';

async function viewerOf(db: Deps['db'], organisationId: string): Promise<repo.Viewer> {
  const organisation = await repo.organisationOf(db, organisationId);
  return { organisationId, side: organisation?.kind === 'supplier' ? 'supplier' : 'buyer' };
}

async function referralOrder(deps: Deps, organisationId: string, orderId: string) {
  const viewer = await viewerOf(deps.db, organisationId);
  const order = await repo.findReferralOrder(deps.db, viewer, orderId);
  if (order) return { viewer, order };
  // An order of a call-off exists but has its own document: say so rather than "not found".
  if (await repo.orderExists(deps.db, viewer, orderId))
    throw new Problem('not_found', 'surveyDocs.not_from_referral');
  throw new Problem('not_found', 'problem.not_found.detail');
}

/** "kontrakt-AAR-K-0001.pdf": the document's name in the reader's language and the reference. */
function fileName(
  titleKey: 'surveyDocs.contract.title' | 'surveyDocs.spec.title' | 'surveyDocs.evidence.title',
  reference: string,
  locale: Locale,
) {
  const word = t(locale, titleKey)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${word}-${reference.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf`;
}

export async function contractPdf(
  deps: Deps,
  organisationId: string,
  orderId: string,
  locale: Locale,
) {
  const { viewer, order } = await referralOrder(deps, organisationId, orderId);
  const content = await contractDocument(order, viewer.side, locale, deps.clock.now());
  return { content, fileName: fileName('surveyDocs.contract.title', order.reference, locale) };
}

export async function specificationPdf(
  deps: Deps,
  organisationId: string,
  orderId: string,
  locale: Locale,
) {
  const { viewer, order } = await referralOrder(deps, organisationId, orderId);
  const contacts = await repo.supplierNoticeContacts(deps.db, order.supplierId);
  const content = await specificationDocument(
    order,
    contacts,
    viewer.side,
    locale,
    deps.clock.now(),
  );
  return { content, fileName: fileName('surveyDocs.spec.title', order.reference, locale) };
}

export async function evidencePdf(
  deps: Deps,
  organisationId: string,
  referralId: string,
  locale: Locale,
) {
  const referral = await repo.findReferral(deps.db, organisationId, referralId);
  if (!referral) throw new Problem('not_found', 'problem.not_found.detail');
  const [considered, requests, rounds] = await Promise.all([
    repo.consideredOffers(deps.db, referralId),
    repo.surveyRequests(deps.db, referralId),
    repo.negotiationRounds(deps.db, referralId),
  ]);
  const objectIds = [referral.id, ...requests.map((q) => q.id)];
  if (referral.orderId) objectIds.push(referral.orderId);
  const audit = await repo.auditTrail(deps.db, organisationId, objectIds);
  const content = await evidenceDocument(
    { referral, considered, requests, rounds, audit },
    locale,
    deps.clock.now(),
  );
  return {
    content,
    fileName: fileName('surveyDocs.evidence.title', referral.caseReference, locale),
  };
}
