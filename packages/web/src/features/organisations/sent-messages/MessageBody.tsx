import { Anchor, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain-text message body with web addresses made into links (text only, never HTML). */
export function MessageBody({ body }: { body: string }) {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(body.slice(last, index));
    const url = match[0].replace(/[.,;:]+$/, '');
    parts.push(
      <Anchor key={index} href={url} target="_blank" rel="noopener noreferrer">
        {url}
        <VisuallyHidden> ({t('common.opensInNewTab')})</VisuallyHidden>
      </Anchor>,
    );
    last = index + url.length;
  }
  if (last < body.length) parts.push(body.slice(last));
  return <pre className="tildel-message-body">{parts}</pre>;
}
