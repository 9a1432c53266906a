import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root folder (prisma/, the migrations and the Prisma CLI are found from it). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
