/** Interface strings of the participation area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const participationMessages = m({});
