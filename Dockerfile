# Security Guidance Desk: the Slack app (HTTP receiver) with its embedded SQLite database, or
# PostgreSQL when DATABASE_URL=postgresql://… (then the volume is not needed).
#   docker build -t security-guidance-desk .
#   docker run -d --name desk --env-file .env -p 3000:3000 -v desk-data:/app/data security-guidance-desk
FROM node:20-bookworm-slim

# better-sqlite3 normally installs a prebuilt binary; these build it from source when none fits.
# postgresql-client: pg_dump and pg_restore for `desk backup` / `desk restore` on PostgreSQL.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates postgresql-client \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY bin/db-generate.js ./bin/db-generate.js
COPY src/db/database-url.ts ./src/db/database-url.ts
# npm ci generates both Prisma clients (postinstall: bin/db-generate.js); the full sources follow
# so that layer stays cached.
RUN npm ci --no-audit --no-fund
COPY . .

ENV NODE_ENV=production \
    PORT=3000 \
    DATABASE_URL=file:/app/data/desk.db
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is PID 1 (not npm or a shell), so `docker stop` (SIGTERM) reaches the app, which
# finishes the requests in progress and closes the database. Migrations run at start.
CMD ["node", "--import", "tsx", "src/main.ts"]
