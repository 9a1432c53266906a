import { z } from "zod";
import type { Database } from "../../db/client.js";
import type { Reader } from "../../db/reader.js";
import { type AsOf, asOfInstant } from "../../domain/as-of.js";
import { isPrefectureCode } from "../../domain/prefectures.js";
import { calendarDaysBetween, japanDayOf } from "../../lib/calendar-days.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { ProgramService } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { shortageTexts } from "./shortage.texts.js";
import { type CoverageRow, countWaitingByPrefecture, sumFreeCapacityByCoverage } from "./shortage-repository.js";
import {
  assessShortage,
  type CapacityGroup,
  type RegionShortage,
  type ShortageAssessment,
  type WaitingGroup,
} from "./shortage-rule.js";

export type { RegionShortage, ShortageAssessment } from "./shortage-rule.js";

/** The assessment with the Japan-time day it describes. */
export type ShortageOverview = ShortageAssessment & { asOfDay: string };

/** One region's figures for the recruiting announcement. */
export type RecruitContext = { region: RegionShortage; asOfDay: string; horizonDays: number };

const CodesSchema = z.array(z.number());

/** The prefectures an expert covers: where they live and those they list (a broken list adds none). */
function coverageOf(row: CoverageRow): number[] {
  let listed: number[] = [];
  try {
    const parsed = CodesSchema.safeParse(JSON.parse(row.covered));
    if (parsed.success) listed = parsed.data;
  } catch {
    // Not JSON: the expert covers their home prefecture only.
  }
  const codes = new Set(listed.filter(isPrefectureCode));
  if (row.prefecture !== null && isPrefectureCode(row.prefecture)) codes.add(row.prefecture);
  return [...codes];
}

/**
 * The shortage per region as of a moment, from two reads summed in SQL (waiting applications per
 * prefecture, free places per coverage): cheap at any scale, so the digest can afford it.
 */
export async function shortageAsOf(
  read: Reader,
  program: { id: number; shortageHorizonDays: number },
  asOf: AsOf,
): Promise<ShortageOverview> {
  const [waitingRows, coverageRows] = await Promise.all([
    countWaitingByPrefecture(read, program.id, asOf),
    sumFreeCapacityByCoverage(read, asOf),
  ]);
  const waiting: WaitingGroup[] = waitingRows.map((r) => {
    const days = [r.firstScreenedAt ? japanDayOf(r.firstScreenedAt) : null, r.firstReceivedOn]
      .filter((d): d is string => d !== null)
      .map((d) => calendarDaysBetween(d, asOf.day));
    return { prefecture: r.prefecture, waiting: r.waiting, oldestWaitDays: Math.max(0, ...days) };
  });
  const capacity: CapacityGroup[] = coverageRows.map((r) => ({
    prefectures: coverageOf(r),
    experts: r.experts,
    free: r.free,
  }));
  return { ...assessShortage(waiting, capacity, program.shortageHorizonDays), asOfDay: asOf.day };
}

/**
 * Regions short of experts (see shortage-rule.ts) for the secretariat's App Home, and the figures
 * behind a recruiting announcement for one region.
 */
export class ShortageService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly program: ProgramService,
  ) {}

  /** Now, for the secretariat; null for anyone else or without a program. */
  async home(actor: Actor): Promise<ShortageOverview | null> {
    if (!actor.isSecretariat) return null;
    const program = await this.program.currentOrNull();
    if (!program) return null;
    return shortageAsOf(this.db.read, program, asOfInstant(this.clock.now()));
  }

  /** A region's figures now, for the recruiting announcement (secretariat only). */
  async recruitContext(actor: Actor, region: number): Promise<RecruitContext> {
    requireRole(actor, "secretariat");
    const program = await this.program.currentOrNull();
    if (!program)
      throw new AppError(
        "invalid_state",
        both(shortageTexts, (t) => t.noProgram),
      );
    const overview = await shortageAsOf(this.db.read, program, asOfInstant(this.clock.now()));
    const found = overview.regions[region];
    if (!found)
      throw new AppError(
        "invalid_input",
        both(shortageTexts, (t) => t.noRegion),
      );
    return { region: found, asOfDay: overview.asOfDay, horizonDays: overview.horizonDays };
  }
}
