import type { AstroUserConfig } from 'astro';
import { DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from '../config/csp';

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp`: Astro adds script-src and style-src itself, with hashes. */
export function astroCsp(): AstroCsp {
  return {
    directives: DIRECTIVES as NonNullable<AstroCsp['directives']>,
    scriptDirective: { resources: SCRIPT_SOURCES },
    styleDirective: { resources: STYLE_SOURCES },
  };
}
