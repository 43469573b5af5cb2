import { COMMERCE_TOKEN_NAME } from '../bootstrap/commerce-token';

/** Only commerce's own API token (the one the bootstrap keeps equal to CMS_API_TOKEN) passes; any other caller gets 403. */
export default (policyContext: { state: { auth?: { strategy?: { name?: string }; credentials?: { name?: string } } } }) => {
  const auth = policyContext.state.auth;
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.name === COMMERCE_TOKEN_NAME;
};
