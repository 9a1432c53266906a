import type { IncomingMessage, ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Database } from "../db/client.js";
import { RateLimiter } from "../features/rate-limits/rate-limits-service.js";
import type { Logger } from "../lib/logger.js";
import { CsrfGuard } from "./csrf.js";
import { languageOf, type WebLocale } from "./language.js";
import { errorPage, type HttpErrorStatus } from "./views/error-page.js";
import { SITE_CSS } from "./views/site-css.js";

/** Form bodies larger than this are refused with a 413 page (the application form is a few KB). */
export const WEB_BODY_LIMIT_BYTES = 64 * 1024;

/** What a route handler reads: parsed once, nothing raw. */
export type WebRequest = {
  method: "GET" | "POST";
  /** The route's parameters, e.g. { token } for /s/:token. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The POSTed form (application/x-www-form-urlencoded); empty for GET. */
  form: URLSearchParams;
  /** ?lang=en, the form's hidden `lang`, or Accept-Language; Japanese by default. */
  locale: WebLocale;
  /** The hidden field value that a POST form of `purpose` must carry (sets the CSRF cookie if needed). */
  csrfToken(purpose: string): string;
};

/** What a route handler returns: a page, or a redirect (POST → 303 → GET). */
export type WebResponse =
  | {
      status?: number;
      page: VNode;
      /** Personal pages: Cache-Control no-store (and noindex in the page). */
      personal?: boolean;
    }
  | { redirect: string }
  /** A download (e.g. a calendar entry); personal like the page it belongs to (no-store). */
  | { file: { body: string; contentType: string; filename: string } };

export type WebHandler = (req: WebRequest) => Promise<WebResponse>;

/**
 * One path and what it answers. POST handlers are behind the CSRF check (purpose = the route's
 * path pattern) and the per-address rate limit before they run.
 */
export type WebRoute = { path: string; get?: WebHandler; post?: WebHandler };

export type WebRouterOptions = {
  /** Hashes link tokens and signs CSRF tokens. */
  secret: string;
  /** https base URL → Secure cookies. */
  secureCookies: boolean;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** POSTs per address per route per window (default 20 per 10 minutes), counted in `db`. */
  rateLimit?: { limit: number; windowMs: number };
  db: Database;
  logger: Logger;
  now?: () => number;
};

const SECURITY_HEADERS: Record<string, string> = {
  // The pages need no JavaScript; styles come from /assets/site.css only.
  "Content-Security-Policy":
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

class HttpError extends Error {
  constructor(
    readonly status: HttpErrorStatus,
    readonly retryAfterSeconds?: number,
  ) {
    super(`http ${status}`);
  }
}

/**
 * The public web pages' router: routes are registered like listeners, served through Bolt's
 * customRoutes on the same port as /slack/events. Every answer is a full HTML page with the
 * security headers; unknown paths get a 404 page, known paths with another method a 405 page.
 */
export class WebRouter {
  private readonly routes: WebRoute[] = [];
  private readonly csrf: CsrfGuard;
  private readonly limiter: RateLimiter;
  private inFlight = 0;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly options: WebRouterOptions) {
    this.csrf = new CsrfGuard(options.secret, options.secureCookies);
    const rule = options.rateLimit ?? { limit: 20, windowMs: 10 * 60_000 };
    this.limiter = new RateLimiter(options.db, rule.limit, rule.windowMs, options.now);
  }

  add(route: WebRoute): void {
    if (this.routes.some((r) => r.path === route.path)) throw new Error(`duplicate web route ${route.path}`);
    this.routes.push(route);
  }

  /** Resolves when no page request is being handled (tests settle on it). */
  whenIdle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Bolt custom routes: the stylesheet, then one catch-all that this router matches itself, so
   * routes added after the App is built (features register theirs at start) are served too.
   */
  customRoutes(): CustomRoute[] {
    const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    return [
      { path: "/assets/site.css", method: ["GET", "HEAD"], handler: (_req, res) => this.css(res) },
      { path: "/{*rest}", method: methods, handler: (req, res) => void this.dispatch(req, res) },
    ];
  }

  /**
   * The plain 400 page for a request Bolt could not route (a path with broken percent-encoding
   * such as `%FF` makes its route matching throw before our router runs).
   */
  badRequest(res: ServerResponse): void {
    this.write(
      res,
      400,
      { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      [],
      html(errorPage(400, "ja")),
    );
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const route of this.routes) {
      const params = matchPath(route.path, path);
      if (params) return this.handle(route, req, params, res);
    }
    return this.handle(null, req, {}, res);
  }

  private css(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    });
    res.end(SITE_CSS);
  }

  private async handle(
    route: WebRoute | null,
    req: IncomingMessage,
    params: Record<string, string>,
    res: ServerResponse,
  ): Promise<void> {
    this.inFlight++;
    const url = new URL(req.url ?? "/", "http://localhost");
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    let locale = languageOf(url.searchParams.get("lang"), req.headers["accept-language"]);
    try {
      if (!route) throw new HttpError(404);
      const method =
        req.method === "HEAD" ? "GET" : req.method === "POST" ? "POST" : req.method === "GET" ? "GET" : null;
      const handler = method === "GET" ? route.get : method === "POST" ? route.post : undefined;
      if (!handler) {
        res.setHeader("Allow", [route.get ? "GET, HEAD" : "", route.post ? "POST" : ""].filter(Boolean).join(", "));
        throw new HttpError(405);
      }
      if (!method) throw new HttpError(405);
      let form = new URLSearchParams();
      if (method === "POST") {
        const retry = await this.limiter.hit(`${this.clientAddress(req)}|${route.path}`);
        if (retry > 0) throw new HttpError(429, Math.ceil(retry / 1000));
        form = await readForm(req);
        locale = languageOf(form.get("lang") ?? url.searchParams.get("lang"), req.headers["accept-language"]);
        if (!this.csrf.verify(cookies, route.path, form.get("_csrf"))) throw new HttpError(403);
      }
      const request: WebRequest = {
        method,
        params,
        query: url.searchParams,
        form,
        locale,
        csrfToken: (purpose) => this.csrf.tokenFor(cookies, purpose, setCookies),
      };
      const answer = await handler(request);
      if ("redirect" in answer) {
        this.write(res, 303, { Location: answer.redirect, "Cache-Control": "no-store" }, setCookies, "");
        return;
      }
      if ("file" in answer) {
        const { body, contentType, filename } = answer.file;
        this.write(
          res,
          200,
          {
            "Content-Type": contentType,
            "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
            "Cache-Control": "no-store",
          },
          setCookies,
          req.method === "HEAD" ? "" : body,
        );
        return;
      }
      this.write(
        res,
        answer.status ?? 200,
        { "Content-Type": "text/html; charset=utf-8", "Cache-Control": answer.personal ? "no-store" : "no-cache" },
        setCookies,
        req.method === "HEAD" ? "" : html(answer.page),
      );
    } catch (error) {
      const status: HttpErrorStatus = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError))
        this.options.logger.error("web request failed", { path: url.pathname, error: String(error) });
      const retryAfter = error instanceof HttpError ? error.retryAfterSeconds : undefined;
      this.write(
        res,
        status,
        {
          "Content-Type": "text/html; charset=utf-8",
          "Cache-Control": "no-store",
          ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}),
        },
        [],
        html(errorPage(status, locale, retryAfter)),
        status === 413,
      );
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private write(
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    cookies: string[],
    body: string,
    close = false,
  ): void {
    if (res.headersSent) return;
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      ...headers,
      ...(cookies.length ? { "Set-Cookie": cookies } : {}),
      ...(close ? { Connection: "close" } : {}),
    });
    res.end(body);
  }

  /** The socket's address, or the first X-Forwarded-For hop when TRUST_PROXY says a proxy sets it. */
  private clientAddress(req: IncomingMessage): string {
    if (this.options.trustProxy) {
      const forwarded = req.headers["x-forwarded-for"];
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
      if (first) return first;
    }
    return req.socket.remoteAddress ?? "unknown";
  }
}

/**
 * Matches "/s/:token/choose" against a path: literal segments must be equal, ":name" segments
 * capture one non-empty segment (URL-decoded). Null when the path does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(":")) {
      if (g === "") return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

function html(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** Reads a urlencoded body up to WEB_BODY_LIMIT_BYTES; other content types are refused (400). */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = String(req.headers["content-type"] ?? "")
    .split(";")[0]
    .trim()
    .toLowerCase();
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > WEB_BODY_LIMIT_BYTES) throw new HttpError(413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > WEB_BODY_LIMIT_BYTES) throw new HttpError(413);
    chunks.push(chunk as Buffer);
  }
  if (type !== "application/x-www-form-urlencoded") throw new HttpError(400);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
