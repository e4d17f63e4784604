// The container's copy of its secrets: read once on the first request, then served from memory.
// Re-read (one read at a time, at most once per `minRereadMs`) when something says a copy is
// stale — Redis refused the password — and in the background
// every `refreshMs`, so a key added or promoted by `npm run keys` reaches warm containers without
// a redeploy. A failed first read is not cached: the next request tries again.
import { signingKeysOf, type SigningKeys } from "../tokens/key-set";
import { signingDeadlineMs, timingsFor } from "../tokens/key-rotation";
import type { RuntimeSecrets } from "./secret-layout";
import { SecretsUnavailableError, type SecretsSource } from "./secret-sources";

export interface LoadedSecrets {
  runtime: RuntimeSecrets;
  signingKeys: SigningKeys;
}

export interface SecretsCacheOptions {
  /** Background re-read period (key set and runtime secret). */
  refreshMs: number;
  /** Floor between two on-demand re-reads, so a storm of refused passwords is one SSM call. */
  minRereadMs: number;
  clock?: () => number;
  /** One line per failed background or on-demand re-read (names and codes, never values). */
  log?: (line: string) => void;
  /**
   * Called with the runtime secret of the container's first read as soon as it is in, before the
   * key set is (the runtime connects to Redis meanwhile). The object is the one `get()` then
   * returns as `runtime`, unless that read fails.
   */
  onFirstRuntimeSecrets?: (runtime: RuntimeSecrets) => void;
}

export class SecretsCache {
  private loaded?: LoadedSecrets;
  private loadedAt = 0;
  private inFlight?: Promise<LoadedSecrets>;
  private lastReread = -Infinity;
  private readonly clock: () => number;
  /** How many times the secrets were read from the source (tests, benchmarks). */
  reads = 0;

  constructor(
    private readonly source: SecretsSource,
    private readonly options: SecretsCacheOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  get kind(): "ssm" | "local" {
    return this.source.kind;
  }

  /** The secrets, reading them if this container has none yet; throws SecretsUnavailableError. */
  async get(): Promise<LoadedSecrets> {
    if (!this.loaded) return this.read();
    if (this.clock() - this.loadedAt >= this.options.refreshMs) void this.reread("periodic");
    return this.loaded;
  }

  /**
   * The key to sign with now: undefined without one, "stale" when the copy is so old that rotations
   * this container could not see may have dropped it (Secrets Manager unreadable since).
   */
  signingKey(accessTokenTtlSeconds: number): SigningKeys["current"] | "stale" {
    const keys = this.loaded?.signingKeys;
    if (!keys?.current) return undefined;
    const deadline = signingDeadlineMs(this.loadedAt, keys.pendingCreatedAtMs, timingsFor(accessTokenTtlSeconds));
    return this.clock() >= deadline ? "stale" : keys.current;
  }

  /** What is cached, without reading (undefined before the first successful read). */
  peek(): LoadedSecrets | undefined {
    return this.loaded;
  }

  /**
   * Re-reads unless another re-read happened less than minRereadMs ago; resolves to whether
   * anything changed. Failures keep the old copy and are logged, never thrown.
   */
  async reread(reason: string): Promise<boolean> {
    if (this.inFlight) {
      const before = this.loaded;
      await this.inFlight.catch(() => undefined);
      return this.loaded !== before;
    }
    const now = this.clock();
    if (now - this.lastReread < this.options.minRereadMs) return false;
    this.lastReread = now;
    const before = this.loaded;
    try {
      const after = await this.read();
      return !before || !sameSecrets(before, after);
    } catch (error) {
      const code = error instanceof SecretsUnavailableError ? error.code : "Unexpected";
      this.options.log?.(
        JSON.stringify({
          level: "warn",
          msg: "secrets re-read failed; keeping the cached copy",
          reason,
          source: this.source.kind,
          code,
        }),
      );
      return false;
    }
  }

  private read(): Promise<LoadedSecrets> {
    if (this.inFlight) return this.inFlight;
    const reading = (async () => {
      this.reads += 1;
      const runtimeRead = this.source.loadRuntimeSecrets();
      const keySetRead = this.source.loadKeySet();
      const onFirst = this.loaded ? undefined : this.options.onFirstRuntimeSecrets;
      // A failure here is the request's to report (it reads again or wires again itself).
      if (onFirst) runtimeRead.then(onFirst).catch(() => undefined);
      const [runtime, keySet] = await Promise.all([runtimeRead, keySetRead]);
      const fresh: LoadedSecrets = { runtime, signingKeys: signingKeysOf(keySet) };
      // Keep the same object when nothing changed, so callers can compare by identity.
      if (!this.loaded || !sameSecrets(this.loaded, fresh)) this.loaded = fresh;
      this.loadedAt = this.clock();
      return this.loaded;
    })();
    this.inFlight = reading;
    const clear = () => {
      if (this.inFlight === reading) this.inFlight = undefined;
    };
    reading.then(clear, clear);
    return reading;
  }
}

function sameSecrets(a: LoadedSecrets, b: LoadedSecrets): boolean {
  const runtimeA = a.runtime as Record<string, string>;
  const runtimeB = b.runtime as Record<string, string>;
  const fields = new Set([...Object.keys(runtimeA), ...Object.keys(runtimeB)]);
  for (const field of fields) if (runtimeA[field] !== runtimeB[field]) return false;
  return (
    a.signingKeys.current?.kid === b.signingKeys.current?.kid &&
    JSON.stringify(a.signingKeys.published) === JSON.stringify(b.signingKeys.published)
  );
}
