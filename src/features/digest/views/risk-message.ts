import { formatSlashDate } from "../../../lib/dates.js";
import { context, header, section } from "../../../slack/blocks.js";
import { type AtRiskCase, atRiskLines } from "../../reminders/views/secretariat-reminder.js";

/** The digest's at-risk details, for the secretariat channel only (they name SMEs and experts). */
export function digestRiskMessage(weekEnd: string, endDate: string, list: AtRiskCase[]) {
  const title = `週次ダイジェスト ～${formatSlashDate(weekEnd)}: 終了日に間に合わないおそれのある案件 ${list.length}件`;
  return {
    text: title,
    blocks: [
      header(title),
      section(atRiskLines(list, 30)),
      context([
        `事業終了日 ${formatSlashDate(endDate)}。残りの訪問を最短1週間おきに行っても終了日を過ぎる案件です。専門家と日程を確認してください。`,
      ]),
    ],
  };
}
