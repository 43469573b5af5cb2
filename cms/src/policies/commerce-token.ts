import { COMMERCE_TOKEN_NAME } from '../bootstrap/commerce-token';

interface AuthState {
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
}

/** Is this request made with commerce's own API token (the one the bootstrap keeps equal to CMS_API_TOKEN)? */
export const isCommerceRequest = (state: AuthState) =>
  state.auth?.strategy?.name === 'content-api-token' && state.auth.credentials?.name === COMMERCE_TOKEN_NAME;

/** Only commerce's token passes; any other caller gets 403. */
export default (policyContext: { state: AuthState }) => isCommerceRequest(policyContext.state);
