import { readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks; 100 on every common kernel config. */
const CLK_TCK = 100;

/**
 * User plus system CPU seconds a process (all its threads) has used so far, from
 * /proc/<pid>/stat. The command name may contain spaces, so fields are read after its ')'.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the state field.
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** The process's peak resident set size in bytes (VmHWM), over its whole life. */
export function peakRssBytes(pid: number): number {
  return statusKilobytes(pid, 'VmHWM') * 1024;
}

function statusKilobytes(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]);
}
