// Vitest setupFile of the browser tests: when a test fails, print the recent output of the
// servers it may have used (those its file started, then the shared one), for the CI log.
import { afterEach, inject } from 'vitest';
import { runningServers, withOutput } from './server.ts';

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const reports = [...runningServers].map((server) =>
    withOutput(`The server at ${server.baseUrl}, started by this file:`, server.recentOutput()),
  );
  try {
    const shared = await fetch(inject('serverOutputUrl'));
    reports.push(withOutput(`The shared server at ${inject('baseUrl')}:`, await shared.text()));
  } catch (error) {
    reports.push(`The shared server's output could not be read: ${String(error)}`);
  }
  console.error(`"${task.name}" failed.\n${reports.join('\n')}`);
});
