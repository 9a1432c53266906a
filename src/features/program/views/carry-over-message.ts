import { prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { PROGRAM_IDS } from "../program-ids.js";
import { carryOverTexts } from "./carry-over.texts.js";

function areaList(codes: number[], locale: Locale): string {
  const t = carryOverTexts(locale);
  return codes.length === 0 ? t.noAreas : codes.map((c) => prefectureName(c, locale)).join(t.separator);
}

/** The DM that asks an expert to carry on into a new program, with one-click confirmation. */
export function carryOverAskDm(
  e: { nameKanji: string; capacity: number; coveredPrefectures: number[] },
  program: { id: number; name: string },
  locale: Locale,
) {
  const t = carryOverTexts(locale);
  const p = { name: esc(e.nameKanji), program: esc(program.name) };
  const blocks: Block[] = [
    section(t.askBody(p)),
    fields([t.capacity(e.capacity), t.areas(areaList(e.coveredPrefectures, locale))]),
    actions(`carry_over_${program.id}`, [
      button(t.keepButton, PROGRAM_IDS.carryOverKeepButton, String(program.id), "primary"),
      button(t.changeButton, PROGRAM_IDS.carryOverChangeButton, String(program.id)),
    ]),
  ];
  return { text: t.askText(p), blocks };
}

/** What replaces the DM once the expert has confirmed. */
export function carryOverConfirmedMessage(
  c: { capacity: number; coveredPrefectures: number[] },
  program: { name: string },
  locale: Locale,
) {
  const text = carryOverTexts(locale).confirmed({
    program: esc(program.name),
    capacity: c.capacity,
    areas: areaList(c.coveredPrefectures, locale),
  });
  return { text, blocks: [section(text)] };
}

/** The secretariat's App Home: who has not confirmed for the current program yet. */
export function carryOverHomeBlocks(
  data: { program: string; total: number; names: string[] },
  locale: Locale,
): Block[] {
  const t = carryOverTexts(locale);
  const more = data.total - data.names.length;
  const list = data.names.map((n) => esc(n)).join(t.separator);
  return [
    section(
      `${t.homeHeader({ program: esc(data.program), count: data.total })}\n${list}${more > 0 ? ` ${t.homeMore(more)}` : ""}`,
    ),
    context([t.homeHint]),
  ];
}
