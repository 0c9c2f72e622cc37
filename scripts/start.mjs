// `npm start`: install what is missing, build the web app if its sources changed, run the server.
// Plain JavaScript for Node 20 too: on a fresh clone this runs before node_modules (and Node 24) exists.
import { spawn } from 'node:child_process';
import { buildWeb, ensureDependencies, node, root, webBuildIsStale } from './lib.mjs';

ensureDependencies();
if (webBuildIsStale()) buildWeb();

const server = spawn(node, ['packages/server/src/main.ts'], { cwd: root, stdio: 'inherit' });
const forward = (signal) => server.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);

server.on('exit', (code, signal) => {
  for (const name of ['SIGINT', 'SIGTERM']) process.off(name, forward);
  if (signal)
    process.kill(process.pid, signal); // die the same way the server did
  else process.exit(code ?? 1);
});
