export type { Rule } from "../support/architecture-rules.js";

import type { Rule } from "../support/architecture-rules.js";

/**
 * Files known to break a rule of test/unit/architecture.test.ts while issue 15 moves them; each
 * entry comes off the list when its file is fixed (the test fails on a stale entry).
 */
export const PENDING: Record<Rule, string[]> = {
  "prisma-outside-repositories": [
    "features/demo/demo-seed.ts",
    "features/imports/import-kinds.ts",
    "features/imports/import-planners.ts",
  ],
  "repository-imported-by-an-entry-point": [
    "cli/commands/announce.ts",
    "cli/commands/doctor.ts",
    "cli/commands/faq.ts",
    "cli/commands/outbox.ts",
    "cli/commands/run.ts",
  ],
  "type-cast-escape": [],
  "file-over-500-lines": ["features/demo/demo-seed.ts", "features/imports/import-planners.ts"],
  "text-outside-catalogs": [
    "cli/commands/doctor.ts",
    "cli/commands/import.ts",
    "cli/demo.ts",
    "cli/input-file.ts",
    "cli/main.ts",
    "features/demo/demo-seed.ts",
    "features/demo/report-2019.ts",
    "features/imports/application-screening.ts",
    "features/imports/csv-file.ts",
    "features/imports/import-kinds.ts",
    "features/imports/import-planners.ts",
    "features/imports/import-values.ts",
    "features/reports/regions.ts",
    "features/reports/report-html.ts",
    "features/reports/report-render.ts",
    "features/reports/report-tables.ts",
    "features/reports/report-xlsx.ts",
    "features/reports/reports-service.ts",
    "features/reports/reports.schemas.ts",
    "features/reports/views/report-modal.ts",
    "listeners/reports/index.ts",
    "listeners/reports/request-report.ts",
  ],
};
