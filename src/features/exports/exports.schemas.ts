import { z } from "zod";

export const ExportEntitySchema = z.enum(["experts", "applications", "cases", "visits", "honoraria", "audit"]);
export type ExportEntity = z.infer<typeof ExportEntitySchema>;
export const EXPORT_ENTITIES = ExportEntitySchema.options;
