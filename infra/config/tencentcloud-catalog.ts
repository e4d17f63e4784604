// Facts about Tencent Cloud the validation checks against: regions, SCF Node runtimes, Redis
// type ids and sizes, SMS API regions. Kept in one place so a new runtime or size is one line
// (runtimes themselves are cloud names: cloud/scf.ts).
import { SCF_NEWEST_NODE_RUNTIME, SCF_NODE_RUNTIMES } from "../../cloud/scf";

/**
 * Availability zones per region (Tencent's "Regions and Availability Zones" and DescribeZones),
 * for regions with SCF, TencentDB for Redis and VPC. Zones Tencent marks sold out stay listed:
 * an existing environment may live there. A new zone or region is one line here.
 */
export const AVAILABILITY_ZONES: Readonly<Record<string, readonly string[]>> = {
  "ap-guangzhou": zones("ap-guangzhou", 1, 2, 3, 4, 6, 7),
  "ap-shanghai": zones("ap-shanghai", 1, 2, 3, 4, 5, 8),
  "ap-nanjing": zones("ap-nanjing", 1, 2, 3),
  "ap-beijing": zones("ap-beijing", 1, 2, 3, 4, 5, 6, 7),
  "ap-chengdu": zones("ap-chengdu", 1, 2),
  "ap-chongqing": zones("ap-chongqing", 1),
  "ap-hongkong": zones("ap-hongkong", 1, 2, 3),
  "ap-singapore": zones("ap-singapore", 1, 2, 3, 4),
  "ap-jakarta": zones("ap-jakarta", 1, 2),
  "ap-bangkok": zones("ap-bangkok", 1, 2),
  "ap-seoul": zones("ap-seoul", 1, 2),
  "ap-tokyo": zones("ap-tokyo", 1, 2),
  "ap-mumbai": zones("ap-mumbai", 1, 2),
  "na-siliconvalley": zones("na-siliconvalley", 1, 2),
  "na-ashburn": zones("na-ashburn", 1, 2),
  "eu-frankfurt": zones("eu-frankfurt", 1, 2),
  "sa-saopaulo": zones("sa-saopaulo", 1),
};

function zones(region: string, ...numbers: number[]): string[] {
  return numbers.map((n) => `${region}-${n}`);
}

/** Region ids with SCF, TencentDB for Redis and VPC. */
export const REGIONS: readonly string[] = Object.keys(AVAILABILITY_ZONES);

/** SCF's Node runtimes (cloud/scf.ts, with their source) mapped to the esbuild target the bundle is built for. */
export const NODE_RUNTIMES: Readonly<Record<string, string>> = Object.fromEntries(
  SCF_NODE_RUNTIMES.map((runtime) => [runtime.name, runtime.bundleTarget]),
);
/** The exact Node release the tests run each runtime's bundle under (cloud/scf.ts says why the .0 patch). */
export const NODE_RUNTIME_VERSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  SCF_NODE_RUNTIMES.map((runtime) => [runtime.name, runtime.nodeVersion]),
);
/** The newest Node runtime SCF documents. Node 20 itself left upstream support on 2026-04-30, as 18 did on 2025-04-30. */
export const DEFAULT_RUNTIME = SCF_NEWEST_NODE_RUNTIME.name;

/** tencentcloud_redis_instance type_id per version and architecture. */
export const REDIS_TYPE_IDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "6.2": { standard: 15, cluster: 16 },
  "7.0": { standard: 17, cluster: 18 },
};

/** Sellable memory sizes (MB): whole instance for standard, per shard for cluster. */
export const REDIS_STANDARD_MEMORY_MB: readonly number[] = [
  256, 512, 1024, 2048, 4096, 8192, 12288, 16384, 20480, 24576, 32768, 40960, 49152, 57344, 65536,
];
export const REDIS_CLUSTER_SHARD_MEMORY_MB: readonly number[] = [
  1024, 2048, 4096, 8192, 12288, 16384, 20480, 24576, 32768, 40960, 49152, 57344, 65536,
];
export const REDIS_CLUSTER_SHARD_COUNTS: readonly number[] = [1, 3, 5, 8, 12, 16, 24, 32, 40, 48, 64, 80, 96, 128];

/** Regions the SMS API (2021-01-11) is served from. */
export const SMS_API_REGIONS: readonly string[] = ["ap-guangzhou", "ap-beijing", "ap-nanjing"];

/** SCF limits for event functions. */
export const SCF_TIMEOUT_RANGE = { min: 1, max: 900 } as const;
export const SCF_MEMORY_RANGE = { min: 64, max: 3072 } as const;

/** Tencent's VPC private ranges: a VPC must fall inside one of these, with a /12–/28 mask. */
export const VPC_PRIVATE_RANGES: readonly string[] = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

/**
 * TencentDB for Redis connection limit: 10,000 connections per shard (a standard instance is one
 * shard; a cluster's proxies accept shards × 10,000). Source: TencentDB for Redis "Specifications
 * and Performance" page (Product Introduction; "Max connections" column).
 * The limit can be raised by ticket; this is what a new instance has.
 */
export const REDIS_MAX_CONNECTIONS_PER_SHARD = 10_000;

/** CLS topic retention (tencentcloud_cls_topic `period`): 1–3600 days, 3640 = permanent. */
export const CLS_RETENTION_DAYS = { min: 1, max: 3600 } as const;
