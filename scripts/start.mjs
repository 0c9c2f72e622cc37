// `npm start`: install what is missing, build the web app and the server if their sources changed,
// run the server.
// Plain JavaScript for Node 20 too: on a fresh clone this runs before node_modules (and Node 24) exists.
import { spawn } from 'node:child_process';
import {
  buildServer,
  buildWeb,
  ensureDependencies,
  node,
  root,
  serverBuildIsStale,
  serverEntry,
  serverEnvironment,
  serverNodeOptions,
  webBuildIsStale,
} from './lib.mjs';

ensureDependencies();
if (webBuildIsStale()) buildWeb();
if (serverBuildIsStale()) buildServer();

const server = spawn(node, [...serverNodeOptions, serverEntry], {
  cwd: root,
  env: serverEnvironment(),
  stdio: 'inherit',
});
const forward = (signal) => server.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);

server.on('exit', (code, signal) => {
  for (const name of ['SIGINT', 'SIGTERM']) process.off(name, forward);
  if (signal)
    process.kill(process.pid, signal); // die the same way the server did
  else process.exit(code ?? 1);
});
