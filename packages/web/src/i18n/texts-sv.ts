// Every sv text: the shared ones and each part's own. A chunk of its own, fetched by index.ts
// when the language is used, so the other languages' texts stay out of the first load.
import shared from './sv.json';
import { mergeTexts, type Texts } from './merge';

const features = import.meta.glob<Texts>('../features/*/*/i18n/sv.json', {
  eager: true,
  import: 'default',
});

export default mergeTexts(shared, features);
