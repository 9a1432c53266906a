import type { ApplicationDetail } from "../../../../src/features/applications/applications-repository.js";

type Overrides = Partial<Omit<ApplicationDetail, "company">> & { company?: Partial<ApplicationDetail["company"]> };

/** An application as the views get it: a manufacturer in Tokyo, waiting for screening. */
export function detail(over: Overrides = {}): ApplicationDetail {
  const { company, ...rest } = over;
  return {
    id: 12,
    externalId: null,
    programId: 1,
    companyId: 3,
    receivedOn: "2019-09-02",
    source: "slack",
    heardFrom: "chamber",
    contactName: "山田 花子",
    contactTitle: "総務部長",
    contactEmail: "hanako@example.jp",
    contactPhone: "03-1234-5678",
    contactSlackUserId: "U1",
    contactLocale: "ja",
    recruiterExpertId: null,
    scheduleWishes: "",
    status: "received",
    invalidReason: null,
    eligibilityOverride: false,
    duplicateOverride: false,
    submittedBy: "U1",
    screenedBy: null,
    screenedAt: null,
    chosenExpertId: null,
    chosenVia: null,
    chosenNote: null,
    chosenAt: null,
    submissionKey: "slack:view-1",
    queueMessageTs: null,
    queueChannelId: null,
    createdAt: new Date("2019-09-02T00:00:00Z"),
    updatedAt: new Date("2019-09-02T00:00:00Z"),
    recruiter: null,
    sameNumber: [],
    ...rest,
    company: {
      id: 3,
      name: "株式会社サンプル",
      nameKana: "カブシキガイシャサンプル",
      corporateNumber: null,
      industry: "E",
      capitalYen: 10_000_000,
      employees: 25,
      prefecture: 13,
      address: "千代田区丸の内1-1-1",
      createdAt: new Date("2019-09-02T00:00:00Z"),
      updatedAt: new Date("2019-09-02T00:00:00Z"),
      ...company,
    },
  };
}
