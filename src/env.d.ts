/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/i18n/index.ts').Locale;
    t: import('./lib/i18n/index.ts').Translate;
    staff: import('./lib/auth/index.ts').SessionInfo | null;
    config: import('./lib/config/index.ts').Config;
    /** This request's instant, from the one clock (src/lib/config/clock.ts); pages read it instead of `new Date()`. */
    now: Date;
    /** The client's address for rate limits: the peer, or what a trusted proxy forwards (src/lib/web/address.ts). */
    clientAddress: () => string;
    /** A staff post with files, read and split once by the middleware (src/lib/web/staff-files-post.ts). */
    filesPost?: import('./lib/web/staff-files-post.ts').FilesPost;
  }
}
