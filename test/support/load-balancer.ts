import { createServer, request } from "node:http";

export type LoadBalancer = {
  /** http://127.0.0.1:<port>: the one public address of every instance behind it. */
  url: string;
  port: number;
  /** The instances' ports, served in turn, request by request. */
  route(ports: number[]): void;
  stop(): Promise<void>;
};

/**
 * What stands in front of several app instances in a real deployment: one public address
 * (PUBLIC_BASE_URL) whose requests go to each instance in turn, so that a person's next page may
 * be served by another instance than the last.
 */
export async function startLoadBalancer(): Promise<LoadBalancer> {
  let ports: number[] = [];
  let turn = 0;
  const server = createServer((req, res) => {
    const port = ports[turn++ % ports.length];
    const upstream = request(
      { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    route(to) {
      ports = to;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
