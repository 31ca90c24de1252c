// The sales-report part of `npm run bench` alone: `node --import tsx server/bench/run-reports.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchReports, reportSection } from './reports.ts';

const dir = mkdtempSync(join(tmpdir(), 'storelet-bench-reports-'));
try {
  console.log(reportSection(await benchReports(dir, Number(process.env['BENCH_REPORT_ORDERS'] ?? 100_000))));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
