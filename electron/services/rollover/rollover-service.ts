import type { Db } from '../../db/connection';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import { createRollover } from './rollover-create';
import { createRolloverStatus } from './rollover-status';

export function createRolloverService(db: Db, access: ReportAccess, reports: ReportService, sections: SectionService) {
  return { create: createRollover(db, access, reports), ...createRolloverStatus(db, reports, sections) };
}

export type RolloverService = ReturnType<typeof createRolloverService>;
