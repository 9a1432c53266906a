import { APPLICATION_IDS } from "../../features/applications/applications-ids.js";
import type { ApplicationFormValues } from "../../features/applications/applications-service.js";
import { readDate, readMulti, readSelected, readText, readUser, type StateValues } from "../../slack/blocks.js";

const B = APPLICATION_IDS.blocks;
const V = APPLICATION_IDS.value;

export function readApplicationForm(values: StateValues): ApplicationFormValues {
  return {
    received_via: readSelected(values, B.receivedVia, V),
    received_on: readDate(values, B.receivedOn, V),
    company_name: readText(values, B.companyName, V),
    company_kana: readText(values, B.companyKana, V),
    corporate_number: readText(values, B.corporateNumber, V),
    industry: readSelected(values, B.industry, V),
    capital: readText(values, B.capital, V),
    employees: readText(values, B.employees, V),
    prefecture: readSelected(values, B.prefecture, V),
    address: readText(values, B.address, V),
    contact_name: readText(values, B.contactName, V),
    contact_title: readText(values, B.contactTitle, V),
    contact_email: readText(values, B.contactEmail, V),
    contact_phone: readText(values, B.contactPhone, V),
    contact_user: readUser(values, B.contactUser, V),
    heard_from: readSelected(values, B.heardFrom, V),
    recruiter: readSelected(values, B.recruiter, APPLICATION_IDS.recruiterSelect),
    schedule_wishes: readText(values, B.scheduleWishes, V),
    overrides: readMulti(values, B.overrides, V),
  };
}
