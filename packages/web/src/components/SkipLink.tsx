import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/** The first focusable element: jumps past the header and navigation to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="tildel-skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        const main = document.getElementById(MAIN_ID);
        if (!main) return;
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      {t('common.skipToContent')}
    </a>
  );
}
