/** Interface strings of the operations area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const operationsMessages = m({});
