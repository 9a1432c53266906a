import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";

const MIGRATIONS = join(import.meta.dirname, "../../prisma/migrations");
const ALL = readdirSync(MIGRATIONS)
  .filter((d) => /^\d{14}_/.test(d))
  .sort();
const SPLIT = ALL.findIndex((d) => d.endsWith("_company_per_application"));

const sql = (dir: string) => readFileSync(join(MIGRATIONS, dir, "migration.sql"), "utf8");

type CompanyRow = { name: string; capitalYen: number | null; employees: number | null; prefecture: number };

function company(db: Sqlite.Database, applicationId: number): CompanyRow & { id: number } {
  return db
    .prepare(
      `SELECT c."id", c."name", c."capitalYen", c."employees", c."prefecture" FROM "Application" a
       JOIN "Company" c ON c."id" = a."companyId" WHERE a."id" = ?`,
    )
    .get(applicationId) as CompanyRow & { id: number };
}

describe("migration company_per_application", () => {
  it("gives every application its own company, restoring what earlier ones showed before being overwritten", () => {
    const db = new Sqlite(":memory:");
    for (const dir of ALL.slice(0, SPLIT)) db.exec(sql(dir));
    db.exec(`
      INSERT INTO "Program" ("id", "name", "startDate", "endDate", "applyFrom", "applyUntil", "updatedAt")
        VALUES (1, 'p', '2019-07-17', '2020-01-31', '2019-08-14', '2019-11-21', 0);
      INSERT INTO "Company" ("id", "name", "corporateNumber", "industry", "capitalYen", "employees", "prefecture", "updatedAt")
        VALUES (1, '三番目の申込の社名', '1180301018771', 'E', 90000000, 80, 13, 0),
               (2, '別の会社', NULL, 'E', NULL, 5, 1, 0);
      INSERT INTO "Application" ("id", "programId", "companyId", "receivedOn", "source", "contactName", "contactEmail", "contactPhone", "updatedAt")
        VALUES (1, 1, 1, '2019-09-01', 'slack', 'a', '', '', 0),
               (2, 1, 1, '2019-09-02', 'import', 'b', '', '', 0),
               (3, 1, 1, '2019-09-03', 'slack', 'c', '', '', 0),
               (4, 1, 2, '2019-09-04', 'slack', 'd', '', '', 0);
    `);
    // Application 3's form submission overwrote the row; its audit entry kept the row as it was.
    db.prepare(
      `INSERT INTO "AuditLog" ("actor", "action", "entityType", "entityId", "before") VALUES ('U1', 'application.create', 'application', '3', ?)`,
    ).run(
      JSON.stringify({
        company: {
          id: 1,
          name: "株式会社サンプル製作所",
          nameKana: "",
          corporateNumber: "1180301018771",
          industry: "E",
          capitalYen: null,
          employees: 25,
          prefecture: 23,
          address: "名古屋市",
        },
      }),
    );
    db.exec(
      `INSERT INTO "AuditLog" ("actor", "action", "entityType", "entityId", "before") VALUES ('U1', 'import.applications', 'import', 'applications', NULL)`,
    );

    for (const dir of ALL.slice(SPLIT)) db.exec(sql(dir));

    // 1 and 2 (imported beside it, nothing overwritten) showed the data before 3's overwrite.
    expect(company(db, 1)).toMatchObject({
      name: "株式会社サンプル製作所",
      capitalYen: null,
      employees: 25,
      prefecture: 23,
    });
    expect(company(db, 2)).toMatchObject({ name: "株式会社サンプル製作所", employees: 25 });
    expect(company(db, 3)).toMatchObject({ id: 1, name: "三番目の申込の社名", capitalYen: 90000000, employees: 80 });
    expect(company(db, 4)).toMatchObject({ id: 2, name: "別の会社" });
    const ids = [1, 2, 3, 4].map((a) => company(db, a).id);
    expect(new Set(ids).size).toBe(4);
    expect(() => db.exec(`UPDATE "Application" SET "companyId" = 1 WHERE "id" = 4`)).toThrow(/UNIQUE/);
    db.close();
  });
});
