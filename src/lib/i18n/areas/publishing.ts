/** Interface strings of the publishing area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const publishingMessages = m({});
