import type { VNode } from "preact";
import type { SmePageData } from "../features/sme/sme-service.js";
import type { Locale } from "../lib/i18n.js";

/** What a section of the SME page gets to build itself from. */
export type SmeSectionInput = {
  page: SmePageData;
  locale: Locale;
  /** The page's token: POST forms go to `/s/${token}/…`. */
  token: string;
  /** The hidden CSRF field value for a form posting to the route `purpose` (its path pattern, e.g. "/s/:token/choose"). */
  csrfToken(purpose: string): string;
};

/**
 * One section of the SME page (`/s/:token`), e.g. "status and next step" (order 0), "choose an
 * expert", "confirm the first visit", "survey", "deliverables". `build` returns null when the
 * section has nothing to show for this application; it may load more data itself.
 */
export type SmeSection = { id: string; order: number; build(input: SmeSectionInput): Promise<VNode | null> };

/** The SME page's sections, added by features at start (like the App Home's HomeRegistry). */
export class SmeSectionRegistry {
  private readonly sections: SmeSection[] = [];

  add(section: SmeSection): void {
    if (this.sections.some((s) => s.id === section.id)) throw new Error(`duplicate SME page section ${section.id}`);
    this.sections.push(section);
    this.sections.sort((a, b) => a.order - b.order);
  }

  async build(input: SmeSectionInput): Promise<VNode[]> {
    const built = await Promise.all(this.sections.map((s) => s.build(input)));
    return built.filter((v): v is VNode => v !== null);
  }
}
