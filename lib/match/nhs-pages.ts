/**
 * Some glossary phrases are used by other parts of government too: the
 * Department for Education's "lead providers" of teacher training, the DWP's
 * "prime providers", the "Carter review" of initial teacher training. Their
 * terms are marked only on a page that names the NHS, or is on an nhs.uk
 * site: every health paper, NHS page and scrutiny agenda does or is; a page on
 * other business is not.
 */

import { isHostUnder } from '../sites/defaults';

/** The NHS by name, or what only health and care have. Abbreviations with their case, as the matcher takes them. */
const NHS_ABBREVIATIONS = /\b(?:NHS|ICBs?|CCGs?|J?HOSCs?|CQC)\b/;
const NHS_WORDS =
  /integrated care (?:board|system|partnership)|clinical commissioning group|health (?:and|&) well-?being board|health (?:overview and )?scrutiny|foundation trust|care quality commission|\bhospitals?\b|\bpatients\b/i;

/** Whether `text` (a page's, or a PDF page's) names the NHS. */
export function namesTheNhs(text: string): boolean {
  return NHS_ABBREVIATIONS.test(text) || NHS_WORDS.test(text);
}

/** Whether `host` is an NHS site: nhs.uk or under it. */
export function isNhsSite(host: string): boolean {
  return isHostUnder(host, 'nhs.uk');
}
