/**
 * An SME outside Slack, as a person meets the desk: the public form filled by its labels in the
 * browser, and the personal link read from the mails it receives.
 */
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { newPage } from "./browser.js";
import type { TestSmtp } from "./smtp.js";

export const PERSONAL_LINK = /https?:\/\/[^\s"<]+\/s\/[A-Za-z0-9_-]{43}/;

export type WebApplicant = {
  company: string;
  email: string;
  /** JIS prefecture code (the expert's area decides the ranking). */
  prefecture: number;
  /** Within the prefecture (default an Akita address). */
  address?: string;
  employees?: string;
};

/** Applies through `/apply` in the browser, by the form's labels; returns the application number. */
export async function applyInBrowser(browser: Browser, baseUrl: string, a: WebApplicant): Promise<number> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}/apply`);
  await page.getByLabel("会社名", { exact: true }).fill(a.company);
  await page.getByLabel("フリガナ", { exact: true }).fill("カブシキガイシャ");
  await page.getByLabel("業種", { exact: true }).selectOption({ label: "製造業" });
  await page.getByLabel("資本金（円）（任意）").fill("10000000");
  await page.getByLabel("従業員数（人）").fill(a.employees ?? "25");
  await page.getByLabel("都道府県", { exact: true }).selectOption({ value: String(a.prefecture) });
  await page.getByLabel("所在地", { exact: true }).fill(a.address ?? "秋田市山王1-1-1");
  await page.getByLabel("担当者名", { exact: true }).fill("佐藤 花子");
  await page.getByLabel("役職（任意）").fill("総務課長");
  await page.getByLabel("メールアドレス", { exact: true }).fill(a.email);
  await page.getByLabel("電話番号", { exact: true }).fill("018-000-0000");
  await page.getByRole("group", { name: "申込みのきっかけ" }).getByLabel("商工会議所・商工会・業界団体").check();
  await page.getByRole("button", { name: "申し込む" }).click();
  const id = Number(/#(\d+)/.exec((await page.locator(".number").textContent()) ?? "")?.[1]);
  await page.context().close();
  expect(id, "the done page shows 申込番号 #N").toBeGreaterThan(0);
  return id;
}

/** The English form (`/apply?lang=en`, an English browser), filled by its English labels. */
export async function applyInBrowserInEnglish(
  browser: Browser,
  baseUrl: string,
  a: { company: string; email: string },
): Promise<number> {
  const page = await newPage(browser, { locale: "en-US" });
  await page.goto(`${baseUrl}/apply?lang=en`);
  await page.getByLabel("Company name", { exact: true }).fill(a.company);
  await page.getByLabel("Furigana", { exact: true }).fill("ビジットワークス");
  await page.getByLabel("Industry", { exact: true }).selectOption({ label: "Wholesale trade" });
  await page.getByLabel("Number of employees").fill("10");
  await page.getByLabel("Prefecture", { exact: true }).selectOption({ label: "Osaka" });
  await page.getByLabel("Address", { exact: true }).fill("大阪市北区1-1");
  await page.getByLabel("Contact person's name").fill("John Smith");
  await page.getByLabel("E-mail address").fill(a.email);
  await page.getByLabel("Phone number").fill("06-0000-0000");
  await page.getByRole("group", { name: "How did you hear about the program?" }).getByLabel("Seminar or event").check();
  await page.getByRole("button", { name: "Apply" }).click();
  const id = Number(/#(\d+)/.exec((await page.locator(".number").textContent()) ?? "")?.[1]);
  await page.context().close();
  expect(id, "the done page shows Application number #N").toBeGreaterThan(0);
  return id;
}

/** The next mail to `email` whose subject contains `subject`. */
export function mailTo(smtp: TestSmtp, email: string, subject: string) {
  return smtp.waitFor((m) => (m.subject?.includes(subject) ?? false) && JSON.stringify(m.to).includes(email));
}

/** The personal link in a mail's text part. */
export function personalLink(mail: { text?: string }): string {
  const url = PERSONAL_LINK.exec(mail.text ?? "")?.[0];
  if (!url) throw new Error(`no personal link in: ${mail.text}`);
  return url;
}
