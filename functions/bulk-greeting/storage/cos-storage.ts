// CampaignStorage on a private COS bucket (cos-nodejs-sdk-v5). Every request is signed with the
// credential read at that moment (the shared Tencent credential source, ../../shared/tencent/), so
// the SCF role's rotating temporary key is always current. COS signs its own way (not TC3), so the
// SDK profile of the other Tencent APIs does not apply here.
import COS from "cos-nodejs-sdk-v5";
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import type { CredentialSource } from "../../shared/tencent/credential";
import type { CampaignStorage } from "./campaign-storage";

/** How long a request signature stays valid; long enough for a slow 30 MB upload. */
const signatureLifetimeSeconds = 900;

export interface CosStorageConfig {
  /** "<name>-<appid>" as COS spells it. */
  bucket: string;
  region: string;
  /**
   * Tests and local development only: send every request to this base URL
   * ("http://127.0.0.1:9000", see test/support/cos-endpoint.ts) instead of the bucket's COS
   * domain. The function and the CLI never set it.
   */
  endpoint?: string;
}

/** A ready request signature plus the session token the SDK sends as x-cos-security-token. */
interface SignedAuthorization {
  Authorization: string;
  /** Empty for a permanent key: the SDK then sends no token header. */
  SecurityToken: string;
}

export class CosStorage implements CampaignStorage {
  readonly location: string;
  private readonly cos: COS;

  constructor(
    private readonly config: CosStorageConfig,
    getCredential: CredentialSource,
  ) {
    this.location = `cos://${config.bucket}`;
    this.cos = new COS({
      // Sign here rather than hand the SDK a temporary key: the SDK caches a returned
      // TmpSecretId/TmpSecretKey until its ExpiredTime (so a rotated role key would be ignored for
      // minutes) and refuses a key without a SecurityToken (so a permanent key could not be used).
      // A ready Authorization is never cached, so every request reads the current credential.
      getAuthorization: (options, callback) => {
        const credential = getCredential();
        // The SDK accepts { Authorization, SecurityToken } here (base.js getAuthorizationAsync)
        // though its typings only list a bare string or a temporary key.
        const signed: SignedAuthorization = {
          Authorization: COS.getAuthorization({
            SecretId: credential.secretId,
            SecretKey: credential.secretKey,
            Method: options.Method,
            Pathname: options.Pathname,
            Query: options.Query,
            Headers: options.Headers,
            Expires: signatureLifetimeSeconds,
          }),
          SecurityToken: credential.token ?? "",
        };
        callback(signed as unknown as COS.GetAuthorizationCallbackParams);
      },
      ...(config.endpoint ? { Domain: config.endpoint } : {}),
    });
  }

  async put(key: string, body: Buffer | string): Promise<void> {
    await this.cos.putObject({ ...this.target(key), Body: typeof body === "string" ? Buffer.from(body) : body });
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const result = await this.cos.getObject(this.target(key));
      return result.Body as Buffer;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.cos.headObject(this.target(key));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let marker: string | undefined;
    for (;;) {
      const page = await this.cos.getBucket({
        Bucket: this.config.bucket,
        Region: this.config.region,
        Prefix: prefix,
        Marker: marker,
        MaxKeys: 1000,
      });
      for (const item of page.Contents ?? []) keys.push(item.Key);
      if (page.IsTruncated !== "true" || !page.NextMarker) break;
      marker = page.NextMarker;
    }
    return keys.sort();
  }

  async remove(key: string): Promise<void> {
    await this.cos.deleteObject(this.target(key));
  }

  async uploadFile(key: string, localPath: string): Promise<void> {
    const { size } = await stat(localPath);
    await this.cos.putObject({ ...this.target(key), Body: createReadStream(localPath), ContentLength: size });
  }

  async downloadFile(key: string, localPath: string): Promise<void> {
    try {
      await this.cos.getObject({ ...this.target(key), Output: createWriteStream(localPath) });
    } catch (error) {
      // The SDK pipes the response into the file whatever its status, so a failed download
      // would leave COS's XML error body behind looking like a recipients file.
      await rm(localPath, { force: true });
      throw error;
    }
  }

  private target(key: string) {
    return { Bucket: this.config.bucket, Region: this.config.region, Key: key };
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string };
  return e?.statusCode === 404 || e?.code === "NoSuchKey";
}
