// Jest global setup: the suites start real redis-server processes (standalone and a cluster via
// redis-cli). Without them every suite would fail on its own, slowly and many times over; check
// once and stop the run with one message instead.
import { missingRedisTools, REDIS_INSTALL_HINT } from "../../tools/local-redis/redis-server";

export default function requireLocalTools(): void {
  const missing = missingRedisTools();
  if (missing.length > 0) {
    process.stderr.write(
      `\nnpm test: ${missing.join(" and ")} not found on PATH; the suites run against real Redis servers.\n` +
        `Install them (${REDIS_INSTALL_HINT}), or run .ci/run, which does.\n\n`,
    );
    process.exit(1);
  }
}
