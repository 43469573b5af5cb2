/** Commerce keeps a draft profile for each of its beauticians (commerce's API token only). */
export default {
  routes: [
    {
      method: 'PUT',
      path: '/beautician-profiles/sync/:beauticianId',
      handler: 'api::beautician-profile.beautician-profile.sync',
      config: { policies: ['global::commerce-token'] },
    },
  ],
};
