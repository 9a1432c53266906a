import { z } from "zod";
import { REGIONS } from "../../domain/prefectures.js";

/** The recruit button's value: a region index our views write ("0".."7"). */
export const RegionValue = z
  .string()
  .regex(/^\d$/)
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(0)
      .max(REGIONS.length - 1),
  );
