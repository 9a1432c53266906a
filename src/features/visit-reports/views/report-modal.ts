import { isFinalRound, roundLabel, roundPlan, takesSelfDiagnosis } from "../../../domain/curriculum.js";
import { ANSWERS, MAX_POINTS_PER_ITEM } from "../../../domain/self-diagnosis.js";
import { formatInstant } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  context,
  datePicker,
  header,
  input,
  type ModalView,
  modal,
  numberInput,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { categoryLabel } from "../../cases/checklist-defaults.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import { answerLabel, deliverableKindLabel, securityActionLabel } from "../../visits/views/visit-text.js";
import { DELIVERABLE_KINDS } from "../../visits/visits.schemas.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { LogContext } from "../visit-reports-service.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

const num = (raw: string) => (raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : null);

/**
 * The visit report (支援実施報告書). Round 1 adds the self-diagnosis checklist (one select per item,
 * or a total); the last round adds the wrap-up, the score again and SECURITY ACTION. A button saves
 * a draft; `notice` tells when it was saved.
 */
export function reportModal(locale: Locale, ctx: LogContext, notice?: string): ModalView {
  const ja = locale === "ja";
  const f = ctx.form;
  const plan = roundPlan(ctx.round);
  const blocks: Block[] = [
    section(`*${caseTitle(ctx.case, locale)}*\n${roundLabel(ctx.round, locale)}: ${plan.title[locale]}`),
  ];
  if (ctx.returnComment)
    blocks.push(
      section(`*${ja ? "事務局からの差戻しコメント" : "The secretariat's comment"}*\n${esc(ctx.returnComment)}`),
    );
  const saved =
    notice ??
    (ctx.draftSavedAt ? `${ja ? "下書き保存" : "Draft saved"}: ${formatInstant(ctx.draftSavedAt, locale)}` : null);
  if (saved) blocks.push(context([saved]));
  blocks.push(
    input(B.heldOn, ja ? "実施日" : "Day of the visit", datePicker(V, f.heldOn)),
    input(
      B.duration,
      ja ? "所要時間（分）" : "Duration (minutes)",
      numberInput(V, { initial: num(f.durationMinutes), min: 10, max: 600 }),
    ),
    input(
      B.attendees,
      ja ? "先方の出席者（役職・氏名）" : "Who attended from the SME (title, name)",
      textInput(V, {
        initial: f.attendees,
        maxLength: VISIT_TEXT_LIMITS.report[B.attendees],
        placeholder: ja ? "例: 代表取締役 田中様、総務課長 佐藤様" : "e.g. CEO Tanaka, head of admin Sato",
      }),
    ),
    input(
      B.covered,
      ja ? "実施したカリキュラム項目" : "Curriculum items covered",
      checkboxes(
        V,
        plan.items.map((i) => option(i.label[locale], i.code)),
        f.coveredItems,
      ),
    ),
    input(
      B.findings,
      ja ? "把握した課題・リスク" : "Findings and risks",
      textInput(V, { initial: f.findings, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.findings] }),
    ),
    input(
      B.agreedActions,
      ja ? "合意した対策・次回までの宿題" : "Actions agreed and homework",
      textInput(V, { initial: f.agreedActions, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.agreedActions] }),
    ),
    input(
      B.deliverablesHanded,
      ja ? "お渡しした成果物" : "Deliverables handed over",
      checkboxes(
        V,
        DELIVERABLE_KINDS.map((k) => option(deliverableKindLabel(k, locale), k)),
        f.deliverablesHanded,
      ),
      {
        optional: true,
        hint: ja
          ? "ファイルやリンクは「成果物を提出」から登録します。"
          : "Hand in files or links with “Hand in a deliverable”.",
      },
    ),
  );
  const final = isFinalRound(ctx.round, ctx.visitsPerCase);
  if (!final)
    blocks.push(
      input(B.nextVisitOn, ja ? "次回訪問予定日" : "Next visit (planned day)", datePicker(V, f.nextVisitOn), {
        optional: true,
      }),
    );
  const max = ctx.checklist.length * MAX_POINTS_PER_ITEM;
  if (takesSelfDiagnosis(ctx.round)) {
    blocks.push(
      header(
        ja
          ? `自己診断チェックリスト（${ctx.checklist.length}項目）`
          : `Self-diagnosis checklist (${ctx.checklist.length} items)`,
      ),
      context([
        ja
          ? `項目ごとに選ぶと、分類ごとの点数と合計（${max}点満点）を計算して残します。項目ごとに選ばない場合は、最後に合計点だけを入力してください。`
          : `Answer each item to keep category scores and the total (out of ${max}); or leave the items empty and enter only the total at the end.`,
      ]),
    );
    const answers = ANSWERS.map((a) => option(answerLabel(a, locale), a));
    let category: string | null = null;
    for (const item of ctx.checklist) {
      if (item.category !== category) {
        category = item.category;
        blocks.push(section(`*${esc(categoryLabel(category, locale))}*`));
      }
      blocks.push(
        input(
          VISIT_IDS.checkBlock(item.number),
          `${item.number}. ${ja || !item.textEn ? item.textJa : item.textEn}`,
          staticSelect(V, answers, {
            initial: f.answers[String(item.number)] ?? null,
            placeholder: ja ? "選択してください" : "Choose",
          }),
          { optional: true },
        ),
      );
    }
    blocks.push(
      input(
        B.checkTotal,
        ja ? "自己診断の合計点（項目ごとに選ばない場合）" : "Self-diagnosis total (if items are not answered)",
        numberInput(V, { initial: num(f.totalScore), min: 0, max }),
        { optional: true },
      ),
    );
  }
  if (final) {
    blocks.push(
      header(ja ? "全体のまとめ（最終報告）" : "Wrap-up (final report)"),
      input(
        B.wrapUp,
        ja ? "指導全体のまとめ" : "Wrap-up of the guidance",
        textInput(V, { initial: f.wrapUp, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.wrapUp] }),
      ),
      input(
        B.finalScore,
        ja ? `自己診断の合計点（再診断、${max}点満点）` : `Self-diagnosis total again (out of ${max})`,
        numberInput(V, { initial: num(f.finalScore), min: 0, max }),
      ),
      input(
        B.securityAction,
        ja ? "SECURITY ACTION の自己宣言" : "SECURITY ACTION self-declaration",
        radios(
          V,
          (["none", "one_star", "two_stars"] as const).map((s) => option(securityActionLabel(s, locale), s)),
          f.securityAction,
        ),
      ),
    );
  }
  blocks.push(
    actions(B.draftActions, [
      button(ja ? "下書き保存（あとで仕上げる）" : "Save draft (finish later)", VISIT_IDS.saveDraftButton, "draft"),
    ]),
  );
  return modal({
    callbackId: VISIT_IDS.reportModal,
    title: ja ? "支援実施報告書" : "Visit report",
    submit: ja ? "提出する" : "Submit",
    close: ja ? "閉じる" : "Close",
    metadata: { target: ctx.target },
    blocks,
  });
}
