// The cold floor of `npm run bench`: what any function that answers from Redis pays in a fresh
// process — the Redis client (ioredis, bundled the way our function is), a new connection and
// one command. No ready check and the offline queue on, so the command goes out on the socket as
// soon as it connects: the fewest round trips ioredis allows.
import { Redis } from "ioredis";

export async function firstCommand(): Promise<{ statusCode: number }> {
  const redis = new Redis({
    host: process.env.REDIS_HOST,
    port: Number(process.env.REDIS_PORT),
    password: process.env.REDIS_PASSWORD || undefined,
    enableReadyCheck: false,
  });
  await redis.get("vc:{+8613900000000}:code");
  return { statusCode: 200 };
}
