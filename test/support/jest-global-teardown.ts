// Jest global teardown: removes the run's shared function-bundle directory (jest-global-setup.ts).
import { rmSync } from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.SCF_BUNDLE_CACHE_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
