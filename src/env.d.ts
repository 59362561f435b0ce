/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/i18n/index.ts').Locale;
    t: import('./lib/i18n/index.ts').Translate;
    staff: import('./lib/auth/index.ts').SessionInfo | null;
    config: import('./lib/config/index.ts').Config;
    /** This request's instant, from the one clock (src/lib/config/clock.ts); pages read it instead of `new Date()`. */
    now: Date;
  }
}
