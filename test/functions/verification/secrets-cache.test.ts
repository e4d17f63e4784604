// The container's secrets cache at cold start: the runtime secret is handed over (so Redis can be
// connected) while the key set is still being read, and the object handed over is the one the
// first read then returns, so the runtime does not connect twice.
import type { RuntimeSecrets } from "../../../functions/verification/secrets/secret-layout";
import type { SecretsSource } from "../../../functions/verification/secrets/secret-sources";
import { SecretsCache } from "../../../functions/verification/secrets/secrets-cache";
import { emptyKeySet, generateSigningKey, type KeySetDocument } from "../../../functions/verification/tokens/key-set";

/** A source whose two reads the test answers by hand. */
function manualSource() {
  let answerRuntime: (value: RuntimeSecrets) => void = () => undefined;
  let answerKeySet: (value: KeySetDocument) => void = () => undefined;
  let failKeySet: (error: Error) => void = () => undefined;
  const source: SecretsSource = {
    kind: "ssm",
    loadRuntimeSecrets: () => new Promise((resolve) => (answerRuntime = resolve)),
    loadKeySet: () =>
      new Promise((resolve, reject) => {
        answerKeySet = resolve;
        failKeySet = reject;
      }),
  };
  return {
    source,
    answerRuntime: (value: RuntimeSecrets) => answerRuntime(value),
    answerKeySet: (value: KeySetDocument) => answerKeySet(value),
    failKeySet: (error: Error) => failKeySet(error),
  };
}

/** A cache over a manual source that records what it hands over at its first read. */
function cacheHandingOver(minRereadMs = 1000) {
  const manual = manualSource();
  const handedOver: RuntimeSecrets[] = [];
  const cache = new SecretsCache(manual.source, {
    refreshMs: 60_000,
    minRereadMs,
    onFirstRuntimeSecrets: (runtime) => handedOver.push(runtime),
  });
  return { manual, handedOver, cache };
}

const runtimeSecret = { redisPassword: "", codePepper: "pepper-0123456789abcdef" } as RuntimeSecrets;
const keySet: KeySetDocument = { ...emptyKeySet, keys: [generateSigningKey("current", new Date())] };
const turn = () => new Promise((resolve) => setImmediate(resolve));

it("hands the runtime secret over before the key set is in, as the same object the read returns", async () => {
  const { manual, handedOver, cache } = cacheHandingOver();
  const reading = cache.get();
  manual.answerRuntime(runtimeSecret);
  await turn();
  expect(handedOver).toEqual([runtimeSecret]);
  expect(cache.peek()).toBeUndefined();

  manual.answerKeySet(keySet);
  const loaded = await reading;
  expect(loaded.runtime).toBe(handedOver[0]);
  expect(loaded.signingKeys.current?.kid).toBe(keySet.keys[0].kid);
});

it("hands over only on the container's first read, not on re-reads", async () => {
  const { manual, handedOver, cache } = cacheHandingOver(0);
  const first = cache.get();
  manual.answerRuntime(runtimeSecret);
  manual.answerKeySet(keySet);
  await first;

  const reread = cache.reread("unknown-kid");
  manual.answerRuntime({ ...runtimeSecret, codePepper: "rotated-pepper-0123456789" } as RuntimeSecrets);
  manual.answerKeySet(keySet);
  expect(await reread).toBe(true);
  expect(handedOver).toHaveLength(1);
});

it("still fails the read when the key set cannot be read after the runtime secret was handed over", async () => {
  const { manual, handedOver, cache } = cacheHandingOver();
  const reading = cache.get();
  manual.answerRuntime(runtimeSecret);
  manual.failKeySet(new Error("key set unreadable"));
  await expect(reading).rejects.toThrow("key set unreadable");
  expect(handedOver).toHaveLength(1);
  expect(cache.peek()).toBeUndefined();
});
