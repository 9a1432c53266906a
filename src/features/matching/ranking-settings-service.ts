import type { Database } from "../../db/client.js";
import { parseRankingWeights, type RankingWeights, RankingWeightsSchema } from "../../domain/ranking.js";
import type { Clock } from "../../lib/clock.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { ProgramService } from "../program/program-service.js";
import { matchingError } from "./matching-errors.js";
import { readRankingWeights, saveRankingWeights } from "./matching-repository.js";

/** The program's ranking weights (Program.rankingWeights): read and changed by the operator. */
export class RankingSettingsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly program: ProgramService,
  ) {}

  /** The weights in force (defaults merged with the stored setting) and any problem with the setting. */
  async current(): Promise<{ weights: RankingWeights; stored: string; problems: string[] }> {
    const program = await this.program.current();
    const stored = await readRankingWeights(this.db.client, program.id);
    return { ...parseRankingWeights(stored), stored };
  }

  /** Changes some weights (the others keep their value); audited. */
  async update(actorId: string, patch: Record<string, number>): Promise<RankingWeights> {
    const program = await this.program.current();
    return this.db.transaction(async (tx) => {
      const stored = await readRankingWeights(tx, program.id);
      const before = parseStored(stored);
      const merged = RankingWeightsSchema.safeParse({ ...before, ...patch });
      if (!merged.success) {
        const detail = merged.error.issues.map((i) => `${i.path.join(".") || "weights"}: ${i.message}`).join("; ");
        throw matchingError("invalid_input", (t) => t.invalidWeights(detail));
      }
      const json = JSON.stringify(merged.data);
      await saveRankingWeights(tx, program.id, json);
      await writeAudit(
        tx,
        {
          actor: actorId,
          action: "program.ranking_weights",
          entityType: "program",
          entityId: program.id,
          before,
          after: merged.data,
        },
        this.clock.now(),
      );
      return parseRankingWeights(json).weights;
    });
  }
}

function parseStored(stored: string): Record<string, number> {
  try {
    const parsed = RankingWeightsSchema.safeParse(JSON.parse(stored || "{}"));
    return parsed.success ? (parsed.data as Record<string, number>) : {};
  } catch {
    return {};
  }
}
