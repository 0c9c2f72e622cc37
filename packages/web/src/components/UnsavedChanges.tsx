// Asks before a form with unsaved edits is left: inside Tildel (a link, the back button) with a
// dialog, and when the tab is closed or reloaded with the browser's own question. Forms say
// whether they hold unsaved edits with useUnsavedChanges; one provider in the layout asks for all
// of them, since the router allows a single blocker at a time.
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

// The question's dialog (and Mantine's modal code) is fetched when it is first asked, not with
// the layout every page loads first.
const ConfirmDialog = lazy(async () => ({
  default: (await import('./ConfirmDialog')).ConfirmDialog,
}));

type Mark = (id: string, dirty: boolean) => void;
const UnsavedContext = createContext<Mark>(() => {});

/**
 * Tells the layout whether this form holds unsaved edits. The returned `release` clears the mark
 * at once, for a form that was just saved and navigates before it renders again.
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void } {
  const mark = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    mark(id, dirty);
    return () => mark(id, false);
  }, [mark, id, dirty]);
  const release = useCallback(() => mark(id, false), [mark, id]);
  return { release };
}

function isSavedNavigation(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && (state as { saved?: unknown }).saved === true
  );
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  // The blocker reads the marks as they are now, not as of the last render: a form released
  // just before it navigates away must not be asked about.
  const marks = useRef<ReadonlySet<string>>(dirtyForms);
  const mark = useCallback<Mark>((id, dirty) => {
    const forms = marks.current;
    if (forms.has(id) === dirty) return;
    const next = new Set(forms);
    if (dirty) next.add(id);
    else next.delete(id);
    marks.current = next;
    setDirtyForms(next);
  }, []);
  const dirty = dirtyForms.size > 0;
  // A form that saved and then goes to what it saved says so with `state: { saved: true }`.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      marks.current.size > 0 &&
      currentLocation.pathname !== nextLocation.pathname &&
      !isSavedNavigation(nextLocation.state),
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return (
    <UnsavedContext.Provider value={mark}>
      {children}
      {blocker.state === 'blocked' && (
        <Suspense>
          <ConfirmDialog
            title={t('unsaved.title')}
            question={t('unsaved.question')}
            confirmLabel={t('unsaved.leave')}
            pending={false}
            error={null}
            onConfirm={() => blocker.proceed()}
            onClose={() => blocker.reset()}
          />
        </Suspense>
      )}
    </UnsavedContext.Provider>
  );
}
