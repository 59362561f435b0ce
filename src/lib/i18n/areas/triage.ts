/** Interface strings of the triage area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const triageMessages = m({});
