import fc from "fast-check";
import { USERS } from "./harness.js";

type Block = Record<string, any>;

/** Text people (and pasting) produce: Japanese, full-width digits, emoji, markup, control characters, very long. */
export const hostileText = (maxLength = 3000) =>
  fc.oneof(
    fc.constant(""),
    fc.string({ maxLength: Math.min(maxLength, 60) }),
    fc.string({ unit: "grapheme", maxLength: Math.min(maxLength, 60) }),
    fc.constantFrom(
      "０１２３４５６７８９０１２",
      "<!channel> *bold* `code`",
      "'; DROP TABLE Expert; --",
      "\u0000\u202e逆",
      "🙂".repeat(10),
      "株式会社　テスト",
      "-1",
      "1e309",
      "NaN",
    ),
    fc.string({ minLength: Math.min(maxLength, 2900), maxLength: Math.min(maxLength, 3000) }),
  );

function optionsOf(element: Block): Block[] {
  return [...(element.options ?? []), ...(element.option_groups ?? []).flatMap((g: Block) => g.options ?? [])];
}

/** A state.values entry Slack could send for this element: any value its client lets a person submit. */
function elementValue(element: Block): fc.Arbitrary<Record<string, unknown>> {
  const type = element.type as string;
  const max = element.max_length ?? 3000;
  switch (type) {
    case "plain_text_input":
      return hostileText(max).map((value) => ({ type, value: value.slice(0, max) }));
    case "email_text_input":
      return fc.oneof(fc.emailAddress(), hostileText(254)).map((value) => ({ type, value }));
    case "url_text_input":
      return fc.oneof(fc.webUrl(), hostileText(300)).map((value) => ({ type, value }));
    case "number_input": {
      const min = element.min_value !== undefined ? Number(element.min_value) : -1e9;
      const maxV = element.max_value !== undefined ? Number(element.max_value) : 1e9;
      const ints = fc.integer({ min: Math.ceil(min), max: Math.floor(maxV) }).map(String);
      return (
        element.is_decimal_allowed ? fc.oneof(ints, fc.double({ min, max: maxV, noNaN: true }).map(String)) : ints
      ).map((value) => ({ type, value }));
    }
    case "static_select":
    case "radio_buttons": {
      const opts = optionsOf(element);
      return fc
        .option(fc.constantFrom(...(opts.length ? opts : [{ value: "x", text: { type: "plain_text", text: "x" } }])), {
          nil: null,
        })
        .map((selected_option) => ({ type, selected_option }));
    }
    case "multi_static_select":
    case "checkboxes": {
      const opts = optionsOf(element);
      return fc.subarray(opts).map((selected_options) => ({ type, selected_options }));
    }
    case "external_select":
      return fc
        .option(fc.oneof(fc.integer({ min: -5, max: 100000 }).map(String), hostileText(40)), { nil: null })
        .map((v) => ({
          type,
          selected_option: v === null ? null : { text: { type: "plain_text", text: v || "?" }, value: v || "0" },
        }));
    case "datepicker":
      return fc
        .option(
          fc.date({
            min: new Date("2000-01-01T00:00:00Z"),
            max: new Date("2035-12-31T00:00:00Z"),
            noInvalidDate: true,
          }),
          { nil: null },
        )
        .map((d) => ({ type, selected_date: d ? d.toISOString().slice(0, 10) : null }));
    case "timepicker":
      return fc
        .option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: null })
        .map((t) => ({
          type,
          selected_time: t ? `${String(t[0]).padStart(2, "0")}:${String(t[1]).padStart(2, "0")}` : null,
        }));
    case "users_select":
      return fc
        .option(fc.constantFrom(...Object.values(USERS).map((u) => u.id), "UNKNOWN1"), { nil: null })
        .map((selected_user) => ({ type, selected_user }));
    case "multi_users_select":
      return fc.subarray(Object.values(USERS).map((u) => u.id)).map((selected_users) => ({ type, selected_users }));
    default:
      return fc.constant({ type, value: null });
  }
}

/** Random submissions for every input of a modal, including empty optional fields. */
export function arbitraryState(view: Block): fc.Arbitrary<Record<string, Record<string, unknown>>> {
  const inputs = (view.blocks as Block[]).filter((b) => b.type === "input");
  const parts: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  for (const b of inputs) {
    parts[b.block_id] = elementValue(b.element).map((v) => ({ [b.element.action_id]: v }));
  }
  return fc.record(parts);
}
