// Which statistics views an organisation may open: a supplier its own rates only.
import { VIEWS, type View } from './api';

export function viewsFor(kind: string): readonly View[] {
  return kind === 'supplier' ? ['suppliers'] : VIEWS;
}
