// CPU time of a throwaway PostgreSQL cluster's processes, for the benchmarks that charge the
// database's share of the machine to each request (run.mjs, deadline-storm.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux's USER_HZ: /proc counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

/** CPU seconds the cluster's processes have used so far (Linux /proc); null where unknown. */
export function postgresCpuSeconds(cluster) {
  try {
    const postmaster = readFileSync(join(cluster.dir, 'data', 'postmaster.pid'), 'utf8')
      .split('\n')[0]
      .trim();
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // ended meanwhile
      }
      // After "pid (comm) ": state, ppid, … utime, stime, then the ended children's cutime and
      // cstime (the postmaster's count the backends that came and went).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (pid === postmaster)
        ticks += fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
      else if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}
