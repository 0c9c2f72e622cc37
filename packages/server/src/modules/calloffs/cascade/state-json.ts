// The cascade state is kept in calloffs.cascade_state (jsonb). JSON has no Date, so the instants
// of its steps are written as ISO strings and revived on read; nothing else changes shape.
import type { CascadeState, CascadeStep } from '@tildel/domain/procedures/ranking';

type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
type StoredStep = CascadeStep extends infer S ? (S extends CascadeStep ? Stored<S> : never) : never;
type StoredState = Omit<CascadeState, 'steps'> & { steps: StoredStep[] };

/** The state as the JSON text to store (Date.toJSON gives the ISO strings). */
export function cascadeStateToJson(state: CascadeState): string {
  return JSON.stringify(state);
}

/** The state read back from the column, its step instants as Dates again. */
export function cascadeStateFromJson(stored: unknown): CascadeState {
  const state = (typeof stored === 'string' ? JSON.parse(stored) : stored) as StoredState;
  const steps = state.steps.map((step): CascadeStep => {
    const at = new Date(step.at);
    if (step.kind === 'offered' || step.kind === 'expired')
      return { ...step, at, deadline: new Date(step.deadline) };
    return { ...step, at } as CascadeStep;
  });
  return { ...state, steps };
}
