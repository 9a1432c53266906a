import type { BlockAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ModalView } from "../../slack/blocks.js";
import { parseIdArg } from "../../slack/payload.js";

/** Opens a modal from a button: pushed onto the stack when clicked inside a modal, opened otherwise. */
export async function openFromAction(client: WebClient, body: BlockAction, view: ModalView): Promise<void> {
  if (body.view) await client.views.push({ trigger_id: body.trigger_id, view });
  else await client.views.open({ trigger_id: body.trigger_id, view });
}

/** "#12" or "12" → 12; anything else → null. */
export const parseId = parseIdArg;
