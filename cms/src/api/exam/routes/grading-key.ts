/** The answer key, for commerce's grading only: its API token needs the action, and the policy refuses every other caller. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/exams/:documentId/grading-key',
      handler: 'api::exam.exam.gradingKey',
      config: { policies: ['global::commerce-token'] },
    },
  ],
};
