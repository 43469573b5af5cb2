/** A beautician's own change to their profile, through commerce, as a draft for the content reviewer (commerce's API token only). */
export default {
  routes: [
    {
      method: 'PUT',
      path: '/beautician-profiles/draft/:beauticianId',
      handler: 'api::beautician-profile.beautician-profile.writeDraft',
      config: { policies: ['global::commerce-token'] },
    },
  ],
};
