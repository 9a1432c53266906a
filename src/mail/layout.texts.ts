import { defineMessages } from "../lib/i18n.js";

/** Every mail's frame: the salutation, the quoted message's title and the signature. */
export const mailLayoutTexts = defineMessages("mail.layout", {
  ja: {
    defaultSecretariat: (program: string) => `${program} 事務局`,
    /** 〇〇株式会社 (first line) 〇〇 様 (second line); only the person's line when there is no company. */
    salutationFirst: (p: { name: string; company: string }) => p.company,
    salutationSecond: (p: { name: string; company: string }) => `${p.name} 様`,
    salutationPerson: (name: string) => `${name} 様`,
    program: (program: string) => program,
    phone: (phone: string) => `電話: ${phone}`,
    email: (email: string) => `メール: ${email}`,
    messageTitle: (title: string) => `【${title}】`,
  },
  en: {
    defaultSecretariat: (program) => `Secretariat, ${program}`,
    salutationFirst: (p) => `Dear ${p.name},`,
    salutationSecond: (p) => `(${p.company})`,
    salutationPerson: (name) => `Dear ${name},`,
    program: (program) => `${program} (SME information-security guidance program)`,
    phone: (phone) => `Phone: ${phone}`,
    email: (email) => `E-mail: ${email}`,
    messageTitle: (title) => `[ ${title} ]`,
  },
});
