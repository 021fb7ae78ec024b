/**
 * The site's channels, one line each, in the order of their pages, files and navigation items. Adding a channel
 * is a folder beside this file and one line here; the core (src/manifest/) names none of them.
 */
import type { Channel } from '../manifest/channel';
import home from './home';
import directives from './directives';
import measures from './measures';
import posters from './posters';
import kit from './kit';
import editions from './editions';
import clips from './clips';
import signage from './signage';
import messages from './messages';
import broadcast from './broadcast';
import search from './search';
import languages from './languages';
import visitors from './visitors';

export const channels: readonly Channel[] = [
  home,
  directives,
  measures,
  posters,
  kit,
  editions,
  clips,
  signage,
  messages,
  broadcast,
  search,
  languages,
  visitors,
];
