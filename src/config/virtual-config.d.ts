declare module 'virtual:loa/config' {
  const config: import('./campaign-config').CampaignConfig;
  export default config;
}
