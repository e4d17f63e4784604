// CampaignStorage on a private COS bucket (cos-nodejs-sdk-v5). Credentials are fetched per
// request through getAuthorization, so the SCF role's rotating temporary key is always current.
import COS from "cos-nodejs-sdk-v5";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { SmsCredential } from "../../shared/sms/credentials";
import type { CampaignStorage } from "./campaign-storage";

export interface CosStorageConfig {
  /** "<name>-<appid>" as COS spells it. */
  bucket: string;
  region: string;
}

export class CosStorage implements CampaignStorage {
  readonly location: string;
  private readonly cos: COS;

  constructor(
    private readonly config: CosStorageConfig,
    getCredential: () => SmsCredential,
  ) {
    this.location = `cos://${config.bucket}`;
    this.cos = new COS({
      getAuthorization: (_options, callback) => {
        const credential = getCredential();
        const now = Math.floor(Date.now() / 1000);
        callback({
          TmpSecretId: credential.secretId,
          TmpSecretKey: credential.secretKey,
          SecurityToken: credential.token ?? "",
          StartTime: now,
          ExpiredTime: now + 600,
        });
      },
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
      const page = await this.cos.getBucket({ Bucket: this.config.bucket, Region: this.config.region, Prefix: prefix, Marker: marker, MaxKeys: 1000 });
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
    await this.cos.getObject({ ...this.target(key), Output: createWriteStream(localPath) });
  }

  private target(key: string) {
    return { Bucket: this.config.bucket, Region: this.config.region, Key: key };
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string };
  return e?.statusCode === 404 || e?.code === "NoSuchKey";
}
