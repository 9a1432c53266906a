import { hmac, randomToken, sameSecret, TOKEN_PATTERN } from "../lib/tokens.js";

export const CSRF_COOKIE = "desk_csrf";
/** The hidden field every POST form carries. */
export const CSRF_FIELD = "_csrf";

/**
 * Double-submit CSRF protection without server state: a random HttpOnly SameSite=Lax cookie, and
 * in each form a hidden field HMAC(secret, cookie | purpose). Another site can make a browser send
 * the cookie but cannot read it, so it cannot compute the field; the purpose (the route's path
 * pattern) keeps a token of one form from working on another.
 */
export class CsrfGuard {
  constructor(
    private readonly secret: string,
    private readonly secure: boolean,
  ) {}

  /** The field value for `purpose`; adds a Set-Cookie when the browser has no valid cookie yet. */
  tokenFor(cookies: Record<string, string>, purpose: string, setCookies: string[]): string {
    let value = cookies[CSRF_COOKIE];
    if (!value || !TOKEN_PATTERN.test(value)) {
      value = randomToken();
      cookies[CSRF_COOKIE] = value;
      setCookies.push(
        `${CSRF_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}; Max-Age=86400`,
      );
    }
    return this.sign(value, purpose);
  }

  verify(cookies: Record<string, string>, purpose: string, field: string | null): boolean {
    const value = cookies[CSRF_COOKIE];
    if (!value || !field || !TOKEN_PATTERN.test(value)) return false;
    return sameSecret(this.sign(value, purpose), field);
  }

  private sign(cookie: string, purpose: string): string {
    return hmac(this.secret, `csrf:${cookie}|${purpose}`);
  }
}
