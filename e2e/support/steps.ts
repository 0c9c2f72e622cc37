// Task economy: how many steps a person takes for a task, counted from what the browser itself
// sees - trusted clicks, fields typed into (each field once per stretch of typing) and choices in
// native selects - not from what the test means to do. Scrolling, waiting and reading are free.
import type { BrowserContext } from 'playwright-core';

export type StepKind = 'click' | 'typed' | 'selection';

export interface StepCount {
  clicks: number;
  typed: number;
  selections: number;
  total: number;
}

export interface StepCounter {
  /** The steps since the counter was made (or since `since`, a count taken earlier). */
  count(since?: StepCount): StepCount;
  /** "12 steps (8 clicks, 3 fields typed, 1 selection)". */
  describe(count: StepCount): string;
}

/** Counts the steps taken in every page of the context from now on, across navigations. */
export async function countSteps(context: BrowserContext): Promise<StepCounter> {
  const counts: Record<StepKind, number> = { click: 0, typed: 0, selection: 0 };
  await context.exposeBinding('__taskStep', (_source, kind: StepKind) => {
    counts[kind] += 1;
  });
  await context.addInitScript(() => {
    const report = (kind: string) =>
      (window as unknown as { __taskStep: (kind: string) => void }).__taskStep(kind);
    let typingIn: EventTarget | null = null;
    // Capture phase: a page that stops propagation still counts. A click the browser makes for
    // a label (detail 0) is the same step as the click on the label.
    document.addEventListener(
      'click',
      (e) => {
        if (e.isTrusted && e.detail > 0) report('click');
      },
      true,
    );
    document.addEventListener(
      'input',
      (e) => {
        // Untrusted too: a date field is filled by script, as the browser's own picker does.
        const target = e.target as HTMLInputElement | null;
        if (!target || target.tagName === 'SELECT') return;
        if (target.type === 'checkbox' || target.type === 'radio') return;
        if (target !== typingIn) report('typed');
        typingIn = target;
      },
      true,
    );
    document.addEventListener(
      'focusin',
      (e) => {
        if (e.target !== typingIn) typingIn = null;
      },
      true,
    );
    document.addEventListener(
      'change',
      (e) => {
        if ((e.target as HTMLElement | null)?.tagName === 'SELECT') report('selection');
      },
      true,
    );
  });
  const snapshot = (): StepCount => ({
    clicks: counts.click,
    typed: counts.typed,
    selections: counts.selection,
    total: counts.click + counts.typed + counts.selection,
  });
  return {
    count(since) {
      const now = snapshot();
      if (!since) return now;
      return {
        clicks: now.clicks - since.clicks,
        typed: now.typed - since.typed,
        selections: now.selections - since.selections,
        total: now.total - since.total,
      };
    },
    describe: (c) =>
      `${c.total} steps (${c.clicks} clicks, ${c.typed} fields typed, ${c.selections} selections)`,
  };
}
