import { EXPERT_IDS } from "../../features/experts/experts-ids.js";
import type { ExpertFormValues } from "../../features/experts/experts-service.js";
import { readMulti, readSelected, readText, type StateValues } from "../../slack/blocks.js";

const B = EXPERT_IDS.blocks;
const V = EXPERT_IDS.value;

export function readExpertForm(values: StateValues): ExpertFormValues {
  return {
    name_kanji: readText(values, B.nameKanji, V),
    name_kana: readText(values, B.nameKana, V),
    qualification: readSelected(values, B.qualification, V),
    riss_number: readText(values, B.rissNumber, V),
    prefecture: readSelected(values, B.prefecture, V),
    covered_prefectures: readMulti(values, B.covered, V),
    industries: readMulti(values, B.industries, V),
    capacity: readText(values, B.capacity, V),
    email: readText(values, B.email, V),
    phone: readText(values, B.phone, V),
    profile: readText(values, B.profile, V),
  };
}
