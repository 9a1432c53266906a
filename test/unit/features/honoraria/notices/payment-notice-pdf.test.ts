import { describe, expect, it } from "vitest";
import {
  type PaymentNotice,
  renderPaymentNotice,
} from "../../../../../src/features/honoraria/notices/payment-notice-pdf.js";
import { DEFAULT_WITHHOLDING } from "../../../../../src/features/honoraria/withholding.js";
import { pdfText } from "../../../../support/pdf-text.js";

const notice: PaymentNotice = {
  locale: "ja",
  batchId: 4,
  expertId: 12,
  paidOn: "2019-11-17",
  issuedOn: "2019-11-15",
  payer: {
    name: "中小企業の情報セキュリティマネジメント指導業務 事務局",
    programName: "中小企業の情報セキュリティマネジメント指導業務",
  },
  expertName: "株式会社セキュア",
  invoiceNumber: "T1234567890123",
  payeeKind: "corporation",
  rates: DEFAULT_WITHHOLDING,
  lines: [{ companyName: "有限会社テスト", round: 3, heldOn: "2019-11-01", feeYen: 30_000, travelYen: 2_000 }],
  feeYen: 30_000,
  travelYen: 2_000,
  withheldYen: 0,
  netYen: 32_000,
};

describe("the payment notice PDF", () => {
  it("a corporation: its invoice number, no tax withheld and why, the payer once", async () => {
    const [page] = await pdfText(await renderPaymentNotice(notice));
    expect(page).toContain("株式会社セキュア 様");
    expect(page).toContain("適格請求書発行事業者登録番号: T1234567890123");
    expect(page).toContain("通知番号 4-12");
    expect(page).toContain("発行日 2019/11/15");
    expect(page).toContain("法人へのお支払いのため、源泉徴収はありません。");
    expect(page).not.toContain("10.21%");
    expect(page).toMatch(/差引支払額 +32,000円/);
    expect(page.split("中小企業の情報セキュリティマネジメント指導業務").length - 1).toBe(1);
  });

  it("in English for an English-speaking expert, with the rates of the program", async () => {
    const pdf = await renderPaymentNotice({
      ...notice,
      locale: "en",
      payeeKind: "individual",
      invoiceNumber: null,
      withheldYen: 3_063,
      netYen: 28_937,
    });
    const [page] = await pdfText(pdf);
    expect(page).toContain("Payment notice");
    expect(page).toContain("Income tax withheld");
    expect(page).toContain("¥3,063");
    expect(page).toContain("10.21% up to ¥1,000,000 and 20.42% on the part above");
    expect(page).toContain("Visit 3");
  });
});
