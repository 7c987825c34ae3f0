// Fallback peak-RSS probe, used only when /usr/bin/time is missing: preloaded with `node --import`, it writes the
// process's own maxRSS (KiB) and CPU seconds (user, system) to $BENCH_RSS_FILE on exit, as `/usr/bin/time -f '%M %U %S'`.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(out, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
});
