/**
 * Fails when the browser bundles (.next/static) contain anything that belongs on the server only: connection
 * strings, the embedded database's credentials, password hashes, session/token secrets, server env var values.
 * Run by scripts/e2e.ts after the production build.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const FORBIDDEN: [string, RegExp][] = [
  ["a PostgreSQL connection string", /postgres(?:ql)?:\/\/[^"'\s]+@/],
  ["the embedded database's roles", /mixcast_app:|mixcast:mixcast/],
  ["an Argon2 password hash", /\$argon2id\$v=\d+\$/],
  ["a Mixcast API token", /mxc_[A-Za-z0-9_-]{40,}/],
  ["DATABASE_URL's value", /DATABASE_URL["']?\s*[:=]\s*["'][a-z]+:\/\//],
  ["the Prisma client", /PrismaClientKnownRequestError|@prisma\/adapter-pg/],
  ["pg-boss", /pgboss\.job|pg-boss/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(js|css|json|map)$/.test(name) ? [p] : [];
  });
}

export function checkClientBundle(dir = ".next/static"): string[] {
  const problems: string[] = [];
  const secret = process.env.DATABASE_URL;
  for (const file of files(dir)) {
    const text = readFileSync(file, "utf8");
    for (const [what, re] of FORBIDDEN) if (re.test(text)) problems.push(`${file}: contains ${what}`);
    if (secret && text.includes(secret)) problems.push(`${file}: contains this machine's DATABASE_URL`);
  }
  return problems;
}

if (process.argv[1]?.endsWith("check-client-bundle.ts")) {
  const problems = checkClientBundle();
  for (const p of problems) console.error(p);
  console.log(problems.length ? `client bundle check: ${problems.length} problem(s)` : "client bundle check: no server secrets in .next/static");
  process.exit(problems.length ? 1 : 0);
}
