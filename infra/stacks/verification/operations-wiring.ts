// Capacity and alarms of an environment's functions: reserved (and optionally provisioned)
// concurrency for the verification function — with provisioned concurrency the Function URL moves
// to the `live` alias — reserved concurrency for the bulk-greeting function, and, unless the
// table turns them off, the metric and log alarms over both functions and the Redis instance.
import { Construct } from "constructs";
import { EnvironmentConfig } from "../../config/environment-settings";
import { Campaigns } from "../../constructs/campaigns";
import { Ingress } from "../../constructs/ingress";
import { Alarms, WatchedFunction } from "../../constructs/operations/alarms";
import { FunctionCapacity, LIVE_ALIAS_PART } from "../../constructs/operations/function-capacity";
import type { LogDestination } from "../../constructs/operations/function-logs";
import { ResourceNames } from "../../constructs/resource-names";
import { VerificationFunction } from "../../constructs/verification-function";
import { DataPlane } from "./data-plane";

/** A bulk-greeting tick runs close to its timeout by design: alarm at 90 % of it, when it is about to be killed. */
const TICK_DURATION_ALARM_SHARE = 0.9;

export interface OperatedFunctions {
  config: EnvironmentConfig;
  names: ResourceNames;
  data: DataPlane;
  ingress: Ingress;
  verification: VerificationFunction;
  campaigns?: Campaigns;
  logs: LogDestination;
}

export interface Operations {
  verificationCapacity: FunctionCapacity;
  bulkGreetingCapacity?: FunctionCapacity;
  alarms?: Alarms;
}

export function addOperations(stack: Construct, parts: OperatedFunctions): Operations {
  const { config, names } = parts;
  const ops = config.operations;
  const fn = parts.verification.function;
  const verificationCapacity = new FunctionCapacity(stack, "verification-capacity", {
    function: fn,
    memoryMb: config.function.memoryMb,
    reservedConcurrency: ops.capacity.verification.reservedConcurrency,
    provisionedConcurrency: ops.capacity.verification.provisionedConcurrency ?? 0,
    aliasName: names.of(LIVE_ALIAS_PART),
  });
  if (verificationCapacity.alias) parts.ingress.attachToAlias(fn, verificationCapacity.alias.name);
  const watched: WatchedFunction[] = [
    { part: "verification", function: fn, durationMs: ops.alarms.thresholds.verificationDurationMs },
  ];
  let bulkGreetingCapacity: FunctionCapacity | undefined;
  if (parts.campaigns && config.campaigns && ops.capacity.bulkGreeting) {
    const bulk = parts.campaigns.bulkGreeting.function;
    bulkGreetingCapacity = new FunctionCapacity(stack, "bulk-greeting-capacity", {
      function: bulk,
      memoryMb: config.campaigns.function.memoryMb,
      reservedConcurrency: ops.capacity.bulkGreeting.reservedConcurrency,
    });
    const durationMs = Math.round(config.campaigns.function.timeoutSeconds * 1000 * TICK_DURATION_ALARM_SHARE);
    watched.push({ part: "bulk-greeting", function: bulk, durationMs });
  }
  if (!ops.alarms.enabled) return { verificationCapacity, bulkGreetingCapacity };
  const alarms = new Alarms(stack, "alarms", {
    names,
    region: config.region,
    settings: ops.alarms,
    functions: watched,
    redisInstanceId: parts.data.redis ? parts.data.redis.instance.id : parts.data.brought?.instanceId,
    logs: parts.logs,
    tags: config.tags,
  });
  return { verificationCapacity, bulkGreetingCapacity, alarms };
}
