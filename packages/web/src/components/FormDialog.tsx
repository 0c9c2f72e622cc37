// The one dialog for a form that saves through the API: Mantine's form holds the values and the
// field errors (its own checks and the server's problem+json), the alert shows what no field
// shows, the footer has Cancel and the submit button with the pending state, and closing or
// leaving the page with unsaved edits asks first.
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';
import { useUnsavedChanges } from './UnsavedChanges';

/** What the dialog needs of a TanStack mutation. */
export interface FormMutation<Variables, Result> {
  mutateAsync: (variables: Variables) => Promise<Result>;
  isPending: boolean;
  error: unknown;
}

export interface FormDialogProps<Values extends Record<string, unknown>, Variables, Result> {
  title: string;
  form: UseFormReturnType<Values>;
  mutation: FormMutation<Variables, Result>;
  /** The request body (or mutation variables) from the form's values (async to read a file). */
  toVariables: (values: Values) => Variables | Promise<Variables>;
  /** Called once saved; the dialog's edits count as saved from then on. */
  onSaved?: ((result: Result, values: Values) => void) | undefined;
  onClose: () => void;
  submitLabel: string;
  /** A Mantine colour for the submit button (red for a step that removes or ends something). */
  submitColor?: string | undefined;
  /** While the form cannot be sent yet (its choices still load). */
  submitDisabled?: boolean | undefined;
  /** The submit button takes the focus when the dialog opens (a dialog whose choices are set). */
  submitAutoFocus?: boolean | undefined;
  /** Further actions at the start of the footer (choose all, choose none). */
  footerStart?: ReactNode;
  size?: ModalProps['size'];
  /** Server field names that differ from the form's ("input.email" → "email"). */
  serverFields?: Readonly<Record<string, keyof Values & string>> | undefined;
  /** Shown above the fields (a lead text, a notice). */
  intro?: ReactNode;
  children: ReactNode;
}

export function FormDialog<Values extends Record<string, unknown>, Variables, Result>({
  title,
  form,
  mutation,
  toVariables,
  onSaved,
  onClose,
  submitLabel,
  submitColor,
  submitDisabled,
  submitAutoFocus,
  footerStart,
  size,
  serverFields = {},
  intro,
  children,
}: FormDialogProps<Values, Variables, Result>) {
  const { t } = useTranslation();
  const dirty = form.isDirty();
  const { release } = useUnsavedChanges(dirty);
  const [askingToClose, setAskingToClose] = useState(false);
  const fields = [...Object.keys(form.getValues()), ...Object.keys(serverFields)];

  // The server's field errors stand next to their inputs, under the form's own names; one inside
  // a field ("names.sv", "educations.0.year") also stands at its own path, for an input there.
  const { error } = mutation;
  const { setErrors } = form;
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const errors: Record<string, string> = {};
    for (const field of fields) {
      const target = serverFields[field] ?? field;
      const message = error.fieldError(field);
      if (message) errors[target] ??= message;
      for (const e of error.errors) {
        const path = e.field.replace(/^#?\//, '').replace(/[/[]/g, '.').replace(/\]/g, '');
        if (path.startsWith(`${field}.`)) errors[target + path.slice(field.length)] ??= e.message;
      }
    }
    setErrors(errors);
    // `fields` and `serverFields` follow the form; only a new error is news.
  }, [error, setErrors]);

  const close = () => {
    if (dirty && !mutation.isPending) setAskingToClose(true);
    else onClose();
  };

  const submit = form.onSubmit(async (values) => {
    const variables = await toVariables(values);
    let result: Result;
    try {
      result = await mutation.mutateAsync(variables);
    } catch {
      return; // mutation.error holds it and the alert or the fields show it
    }
    form.resetDirty(values);
    release();
    onSaved?.(result, values);
  });

  return (
    <>
      <Modal
        opened
        onClose={close}
        title={title}
        size={size}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {intro}
            {mutation.error ? <ErrorAlert error={mutation.error} shownFields={fields} /> : null}
            {children}
            <Group justify={footerStart ? 'space-between' : 'flex-end'} gap="sm">
              {footerStart && <Group gap="xs">{footerStart}</Group>}
              <Group gap="sm">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button
                  type="submit"
                  color={submitColor}
                  loading={mutation.isPending}
                  disabled={submitDisabled}
                  data-autofocus={submitAutoFocus || undefined}
                >
                  {submitLabel}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Modal>
      {askingToClose && (
        <ConfirmDialog
          title={t('unsaved.title')}
          question={t('unsaved.closeQuestion')}
          confirmLabel={t('unsaved.close')}
          pending={false}
          error={null}
          returnFocus={false}
          onConfirm={() => {
            setAskingToClose(false);
            release();
            onClose();
          }}
          onClose={() => setAskingToClose(false)}
        />
      )}
    </>
  );
}
