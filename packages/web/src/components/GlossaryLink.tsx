// Links from a form to the glossary's entry for a word it uses (/glossary#<term>). The term's
// name in the reader's language is the glossary's own text (glossary.terms.<term>.name, loaded
// with every page's texts), so a form adds a link without texts of its own.
import { Fragment } from 'react';
import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { glossaryHref, type GlossaryTermId } from '../lib/glossary';

interface GlossaryLinkProps {
  term: GlossaryTermId;
  /**
   * Open the entry in a new tab (the default): a form's unsaved edits stay where they are. The
   * link then says so to screen readers, as the app's other new-tab links do.
   */
  newTab?: boolean;
}

/**
 * One term's link, named by the term: "Jämförelsepris", read as "Jämförelsepris i ordlistan
 * (öppnas i ny flik)".
 */
export function GlossaryLink({ term, newTab = true }: GlossaryLinkProps) {
  const { t } = useTranslation();
  const name = t(`glossary.terms.${term}.name`);
  const hidden = (
    <VisuallyHidden>
      {' '}
      {t('glossary.inGlossary')}
      {newTab && ` (${t('common.opensInNewTab')})`}
    </VisuallyHidden>
  );
  if (newTab) {
    return (
      <Anchor href={glossaryHref(term)} target="_blank" rel="noopener" data-glossary-term={term}>
        {name}
        {hidden}
      </Anchor>
    );
  }
  return (
    <Anchor component={Link} to={glossaryHref(term)} data-glossary-term={term}>
      {name}
      {hidden}
    </Anchor>
  );
}

/** A small line under a form's heading or field: "Ordlista: Jämförelsepris · Mervärdesavdrag". */
export function GlossaryLinks({
  terms,
  newTab = true,
}: {
  terms: readonly GlossaryTermId[];
  newTab?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm" className="tildel-glossary-links">
      {t('glossary.linksLabel')}{' '}
      {terms.map((term, i) => (
        <Fragment key={term}>
          {i > 0 && ' · '}
          <GlossaryLink term={term} newTab={newTab} />
        </Fragment>
      ))}
    </Text>
  );
}
