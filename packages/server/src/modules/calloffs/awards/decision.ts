// The award decision as each bidder reads it: whether it won, the winner, its own position and
// the reasons. Shared by the email to every bidder, the supplier's view and the PDF.
import { LOCALES, t, type Locale } from '../../../platform/i18n.ts';
import type { BidView, ReportView } from './report.ts';

/** Why a bid was set aside, in the reader's language. */
export function setAsideText(locale: Locale, bid: BidView): string {
  return bid.setAsideReasons
    .map((r) =>
      r.kind === 'set_aside_by_buyer'
        ? (r.reason ?? '')
        : t(locale, 'award.set_aside.must', { title: r.title ?? '' }),
    )
    .join('; ');
}

/** "rank 2 of 3" or "set aside (why)". */
export function positionText(locale: Locale, report: ReportView, bid: BidView): string {
  if (bid.rank !== null) {
    const count = report.bids.filter((b) => b.rank !== null).length;
    return t(locale, 'award.position.ranked', { rank: bid.rank, count });
  }
  return t(locale, 'award.position.set_aside', { why: setAsideText(locale, bid) });
}

/** A text in each of our languages, for a mail's `localized` parameters. */
export function inEveryLocale(text: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, text(l)])) as Record<Locale, string>;
}
