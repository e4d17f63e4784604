// CampaignStorage on a local directory (tests, `npm run campaign` against a dev directory).
// Writes go to a temp file and are renamed, so a reader never sees half an object — like COS.
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { CampaignStorage } from "./campaign-storage";

export class LocalDirectoryStorage implements CampaignStorage {
  readonly location: string;
  private seq = 0;

  constructor(private readonly root: string) {
    this.location = `dir:${root}`;
  }

  async put(key: string, body: Buffer | string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}-${this.seq++}`;
    await writeFile(temp, body);
    await rename(temp, path);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch {
      return false;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (!entry.name.includes(".tmp-")) keys.push(relative(this.root, full).split(sep).join("/"));
      }
    };
    await walk(this.root);
    return keys.filter((key) => key.startsWith(prefix)).sort();
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async uploadFile(key: string, localPath: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await copyFile(localPath, path);
  }

  async downloadFile(key: string, localPath: string): Promise<void> {
    await mkdir(dirname(localPath), { recursive: true });
    await copyFile(this.path(key), localPath);
  }

  private path(key: string): string {
    if (key.split("/").some((part) => part === ".." || part === "")) throw new Error(`invalid storage key "${key}"`);
    return join(this.root, ...key.split("/"));
  }
}
