import { formatSlashDate } from "../../../lib/dates.js";
import { context, header, section } from "../../../slack/blocks.js";
import { type AtRiskCase, atRiskLines } from "../../reminders/views/secretariat-reminder.js";
import { riskMessageTexts } from "./risk-message.texts.js";

/** The digest's at-risk details, for the secretariat channel only (they name SMEs and experts). */
export function digestRiskMessage(weekEnd: string, endDate: string, list: AtRiskCase[]) {
  const t = riskMessageTexts("ja");
  const title = t.title({ weekEnd: formatSlashDate(weekEnd), count: list.length });
  return {
    text: title,
    blocks: [header(title), section(atRiskLines(list, 30)), context([t.explain(formatSlashDate(endDate))])],
  };
}
