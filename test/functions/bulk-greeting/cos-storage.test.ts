// CosStorage through the real cos-nodejs-sdk-v5 against the local signature-checking COS endpoint:
// object round trips, multi-page listings, per-request credentials (rotation, session token,
// wrong key), 5xx handling and the not-found contract of the CampaignStorage port.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TencentCredential } from "../../../functions/shared/tencent/credential";
import { CosStorage } from "../../../functions/bulk-greeting/storage/cos-storage";
import { startCosEndpoint, type CosEndpoint } from "../../support/cos-endpoint";

const bucket = "campaigns-1250000000";
const first = { secretId: "AKIDcosTestFirst0001", secretKey: "cos-test-key-first", sessionToken: "token-first" };
const second = { secretId: "AKIDcosTestSecond002", secretKey: "cos-test-key-second", sessionToken: "token-second" };

let endpoint: CosEndpoint;
let credential: TencentCredential;
let storage: CosStorage;
let dir: string;

beforeAll(async () => {
  endpoint = await startCosEndpoint({ bucket, ...first });
  dir = await mkdtemp(join(tmpdir(), "cos-storage-"));
});

afterAll(async () => {
  await endpoint.stop();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  endpoint.reset();
  endpoint.setCredential(first);
  credential = { secretId: first.secretId, secretKey: first.secretKey, token: first.sessionToken };
  storage = new CosStorage({ bucket, region: "ap-guangzhou", endpoint: endpoint.url }, () => credential);
});

describe("CosStorage objects", () => {
  it("round-trips put, get, exists and remove, including keys that need URL encoding", async () => {
    const keys = ["campaigns/c1/campaign.json", "campaigns/c1/results/part (1)+ü 'x'*!.jsonl"];
    for (const key of keys) {
      await storage.put(key, `{"key":${JSON.stringify(key)}}`);
      expect(await storage.exists(key)).toBe(true);
      expect((await storage.get(key))?.toString()).toBe(`{"key":${JSON.stringify(key)}}`);
      expect(endpoint.objects.get(key)?.body.toString()).toBe(`{"key":${JSON.stringify(key)}}`);
    }
    await storage.remove(keys[0]);
    expect(await storage.exists(keys[0])).toBe(false);
    expect(endpoint.objects.has(keys[0])).toBe(false);
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("stores binary bodies byte for byte", async () => {
    const body = Buffer.from([0, 255, 1, 254, 0x0d, 0x0a, 0xef, 0xbb, 0xbf]);
    await storage.put("campaigns/c1/recipients.xlsx", body);
    expect((await storage.get("campaigns/c1/recipients.xlsx"))?.equals(body)).toBe(true);
  });

  it("answers undefined / false for a missing object and removes a missing object quietly", async () => {
    expect(await storage.get("campaigns/none/status.json")).toBeUndefined();
    expect(await storage.exists("campaigns/none/status.json")).toBe(false);
    await expect(storage.remove("campaigns/none/status.json")).resolves.toBeUndefined();
    expect(endpoint.signatureFailures).toBe(0);
  });

  it("uploads and downloads files through streams", async () => {
    const source = join(dir, "recipients.csv");
    const content = Array.from({ length: 5000 }, (_, i) => `+86138${String(i).padStart(8, "0")},Name${i}`).join("\n");
    await writeFile(source, content);
    await storage.uploadFile("campaigns/c2/recipients.csv", source);
    expect(endpoint.objects.get("campaigns/c2/recipients.csv")?.body.toString()).toBe(content);
    const target = join(dir, "downloaded.csv");
    await storage.downloadFile("campaigns/c2/recipients.csv", target);
    expect(await readFile(target, "utf8")).toBe(content);
  });

  it("rejects downloading a missing object and leaves no local file holding the error body", async () => {
    const target = join(dir, "missing.csv");
    await expect(storage.downloadFile("campaigns/none/recipients.csv", target)).rejects.toMatchObject({
      statusCode: 404,
      code: "NoSuchKey",
    });
    expect(existsSync(target)).toBe(false);
  });
});

describe("CosStorage listing", () => {
  it("lists every key under a prefix across truncated pages, sorted, and nothing outside it", async () => {
    endpoint.setMaxKeysPerPage(3);
    const wanted = Array.from({ length: 10 }, (_, i) => `campaigns/c3/results/part-${String(i * 200).padStart(10, "0")}.jsonl`);
    for (const key of [...wanted].reverse()) await storage.put(key, "{}\n");
    await storage.put("campaigns/c3/status.json", "{}");
    await storage.put("campaigns/c30/results/part-0000000000.jsonl", "{}");

    const listed = await storage.list("campaigns/c3/results/");
    expect(listed).toEqual(wanted);
    const listCalls = endpoint.accepted.filter((r) => r.method === "GET" && r.key === "");
    expect(listCalls.length).toBe(4);
    expect(listCalls.map((r) => r.query.marker ?? "")).toEqual(["", wanted[2], wanted[5], wanted[8]]);
  });

  it("lists an exact page multiple and an empty prefix", async () => {
    endpoint.setMaxKeysPerPage(2);
    for (const id of ["a", "b", "c", "d"]) await storage.put(`pending/${id}`, "");
    expect(await storage.list("pending/")).toEqual(["pending/a", "pending/b", "pending/c", "pending/d"]);
    expect(await storage.list("campaigns/nothing/")).toEqual([]);
  });
});

describe("CosStorage credentials", () => {
  it("signs each request with the credential current at that moment (rotation between calls)", async () => {
    await storage.put("pending/r1", "1");
    endpoint.setCredential(second);
    credential = { secretId: second.secretId, secretKey: second.secretKey, token: second.sessionToken };
    await storage.put("pending/r2", "2");
    expect(await storage.list("pending/")).toEqual(["pending/r1", "pending/r2"]);
    expect(endpoint.signatureFailures).toBe(0);
    expect(endpoint.accepted.map((r) => r.secretId)).toEqual([first.secretId, second.secretId, second.secretId]);
  });

  it("forwards the session token as x-cos-security-token", async () => {
    await storage.put("pending/t1", "1");
    expect(endpoint.accepted[0].securityToken).toBe(first.sessionToken);
  });

  it("works with a permanent key that has no session token", async () => {
    const permanent = { secretId: "AKIDcosPermanent0003", secretKey: "cos-permanent-key" };
    endpoint.setCredential(permanent);
    credential = { secretId: permanent.secretId, secretKey: permanent.secretKey };
    await storage.put("pending/p1", "1");
    expect(await storage.get("pending/p1")).toEqual(Buffer.from("1"));
    expect(endpoint.accepted.every((r) => r.securityToken === undefined)).toBe(true);
  });

  it("fails clearly on a wrong secret key, without retrying it away", async () => {
    credential = { secretId: first.secretId, secretKey: "not-the-key", token: first.sessionToken };
    await expect(storage.put("pending/w1", "1")).rejects.toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 403 });
    await expect(storage.get("pending/w1")).rejects.toMatchObject({ code: "SignatureDoesNotMatch" });
    expect(endpoint.signatureFailures).toBe(2);
    expect(endpoint.objects.size).toBe(0);
  });

  it("fails clearly on a wrong session token", async () => {
    credential = { secretId: first.secretId, secretKey: first.secretKey, token: "stale-token" };
    await expect(storage.exists("pending/w2")).rejects.toMatchObject({ statusCode: 403 });
    expect(endpoint.signatureFailures).toBe(1);
  });

  it("reports a missing credential as the credential error, not as a COS failure", async () => {
    const failing = new CosStorage({ bucket, region: "ap-guangzhou", endpoint: endpoint.url }, () => {
      throw Object.assign(new Error("Tencent Cloud credentials unavailable: TENCENTCLOUD_SECRETID not set."), {
        code: "CredentialMissing",
      });
    });
    await expect(failing.put("pending/m1", "1")).rejects.toMatchObject({ code: "CredentialMissing" });
    expect(endpoint.requests).toBe(0);
  });
});

describe("CosStorage under server errors", () => {
  it("retries a transient 503 on small objects and stores the object once", async () => {
    endpoint.failNext(2, 503);
    await storage.put("campaigns/c4/status.json", '{"state":"running"}');
    expect(endpoint.objects.get("campaigns/c4/status.json")?.body.toString()).toBe('{"state":"running"}');
    expect(endpoint.requests).toBe(3);
  });

  it("surfaces a persistent 500 as an error instead of pretending the write happened", async () => {
    endpoint.failNext(100, 500);
    await expect(storage.put("campaigns/c4/results/part-0000000000.jsonl", "{}\n")).rejects.toMatchObject({ statusCode: 500 });
    expect(endpoint.requests).toBe(4); // the SDK's first attempt plus its three retries
    await expect(storage.get("campaigns/c4/status.json")).rejects.toMatchObject({ statusCode: 500 });
    await expect(storage.list("campaigns/c4/")).rejects.toMatchObject({ statusCode: 500 });
    endpoint.failNext(0);
    expect(endpoint.objects.size).toBe(0);
  });

  it("surfaces a 5xx on a streamed upload or download (the SDK cannot replay a stream)", async () => {
    const source = join(dir, "upload-503.csv");
    await writeFile(source, "+8613800000000,A\n");
    endpoint.failNext(1, 503);
    await expect(storage.uploadFile("campaigns/c5/recipients.csv", source)).rejects.toMatchObject({ statusCode: 503 });
    await storage.uploadFile("campaigns/c5/recipients.csv", source);
    endpoint.failNext(1, 503);
    await expect(storage.downloadFile("campaigns/c5/recipients.csv", join(dir, "download-503.csv"))).rejects.toMatchObject({
      statusCode: 503,
    });
    expect(existsSync(join(dir, "download-503.csv"))).toBe(false);
  });

  it("waits for a slow answer rather than giving up", async () => {
    endpoint.setDelay(300);
    await storage.put("pending/slow", "1");
    expect(await storage.get("pending/slow")).toEqual(Buffer.from("1"));
  });
});
