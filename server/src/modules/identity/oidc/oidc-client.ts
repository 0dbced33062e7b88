/**
 * The relying-party side of OIDC login (openid-client): discovery cached per app — a failed discovery
 * is not cached, so the next login tries again — the authorization request (code flow, PKCE S256,
 * state, nonce) and the code exchange, which returns the provider's claims: ID token claims merged
 * over the userinfo response.
 */
import * as client from 'openid-client';

/** `profile` carries name (and, at the provincial platforms we know, the 身份证号), `phone` the mobile. */
export const OIDC_SCOPE = 'openid profile phone';

export type ProviderClaims = Record<string, unknown> & { sub: string };

export interface OidcChecks {
  codeVerifier: string;
  state: string;
  nonce: string;
}

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  /** absent: a public client authenticated by PKCE alone */
  clientSecret: string | undefined;
  redirectUri: string;
  /** plain-http issuer (development, tests); production requires https */
  allowHttp: boolean;
  timeoutSeconds?: number;
}

export interface OidcClient {
  /** The URL to send the browser to, and the checks to keep until the callback. */
  authorizationRequest(): Promise<{ url: URL; checks: OidcChecks }>;
  /** Validates the callback (state, iss), redeems the code, returns the issuer and the end-user's claims. */
  exchange(callbackUrl: URL, checks: OidcChecks): Promise<{ issuer: string; claims: ProviderClaims }>;
}

export function createOidcClient(settings: OidcClientSettings): OidcClient {
  if (new URL(settings.issuer).protocol === 'http:' && !settings.allowHttp) {
    throw new Error('OIDC_ISSUER must use https outside demo mode (统一身份认证平台地址须使用 https)');
  }
  // OIDC's default client authentication is client_secret_basic; without a secret the client is public.
  const auth = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
  let pending: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    if (pending) return pending;
    const attempt = client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, auth, {
        execute: settings.allowHttp ? [client.allowInsecureRequests] : [],
        timeout: settings.timeoutSeconds ?? 10,
      })
      .catch((err: unknown) => {
        if (pending === attempt) pending = undefined;
        throw err;
      });
    pending = attempt;
    return attempt;
  }

  return {
    async authorizationRequest() {
      const config = await configuration();
      const checks: OidcChecks = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: OIDC_SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
      });
      return { url, checks };
    },

    async exchange(callbackUrl, checks) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('the token response has no ID token');
      let userinfo: Record<string, unknown> = {};
      if (config.serverMetadata().userinfo_endpoint) {
        userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      }
      // Signed ID token claims win over userinfo where both are present.
      return { issuer: config.serverMetadata().issuer, claims: { ...userinfo, ...idClaims } as ProviderClaims };
    },
  };
}
