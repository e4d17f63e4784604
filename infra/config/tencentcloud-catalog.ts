// Facts about Tencent Cloud the validation checks against: regions, SCF Node runtimes, Redis
// type ids and sizes, SMS API regions. Kept in one place so a new runtime or size is one line.

/** Region ids with SCF, TencentDB for Redis and VPC. */
export const REGIONS: readonly string[] = [
  "ap-guangzhou", "ap-shanghai", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing",
  "ap-hongkong", "ap-singapore", "ap-jakarta", "ap-bangkok", "ap-seoul", "ap-tokyo",
  "ap-mumbai", "na-siliconvalley", "na-ashburn", "eu-frankfurt", "sa-saopaulo",
];

/** Node runtimes SCF documents, mapped to the esbuild target the bundle is built for. */
export const NODE_RUNTIMES: Readonly<Record<string, string>> = {
  "Nodejs16.13": "node16",
  "Nodejs18.15": "node18",
};
export const DEFAULT_RUNTIME = "Nodejs18.15";

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
export const REDIS_CLUSTER_SHARD_COUNTS: readonly number[] = [
  1, 3, 5, 8, 12, 16, 24, 32, 40, 48, 64, 80, 96, 128,
];

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
