/** Commerce records a course's figures after each graded attempt (commerce's token only); there is no public route. */
export default {
  routes: [
    {
      method: 'PUT',
      path: '/course-stats/:courseDocumentId',
      handler: 'api::course-stat.course-stat.record',
      config: { policies: ['global::commerce-token'] },
    },
  ],
};
