/** The site's stable, unaccented URLs, in one place. */
export const urls = {
  home: () => '/',
  directives: () => '/van-ban/',
  directive: (id: string) => `/van-ban/${id}/`,
  measures: () => '/bien-phap/',
  measure: (id: string) => `/bien-phap/${id}/`,
  posters: () => '/ap-phich/',
  signage: () => '/man-hinh/',
  signageSlide: (id: string) => `/man-hinh/${id}/`,
  script: (id: string) => `/kich-ban/${id}/`,
  search: () => '/tim-kiem/',
};
