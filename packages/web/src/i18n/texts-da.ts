// The da texts the app needs before any page: the shared ones and the header's own parts
// (notifications, search). A chunk of its own, fetched by index.ts when the language is used, so
// the other languages stay out of the first load; each page's parts come with it (loadTextParts).
import shared from './da.json';
import { mergeTexts, type Texts } from './merge';

const header = import.meta.glob<Texts>(
  '../features/organisations/{notifications,search}/i18n/da.json',
  {
    eager: true,
    import: 'default',
  },
);

export default mergeTexts(shared, header);
