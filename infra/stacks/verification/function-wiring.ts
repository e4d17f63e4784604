// The verification function and what it reads: its Secrets Manager secrets (Redis password, code
// pepper, Captcha key, test-number codes) with the role's read grant, and the function itself,
// wired to Redis, SMS content, the ingress trigger and the log topic. The secrets and the grant
// exist before the function's first invocation (dependsOn).
import { Construct } from "constructs";
import { Password } from "../../framework";
import { CamPolicy } from "../../.gen/providers/tencentcloud/cam-policy";
import { ScfFunctionTriggers } from "../../.gen/providers/tencentcloud/scf-function";
import { EnvironmentConfig } from "../../config/environment-settings";
import { CaptchaAccess } from "../../constructs/captcha-access";
import { FunctionRole } from "../../constructs/function-role";
import { FunctionSecrets } from "../../constructs/function-secrets";
import type { LogDestination } from "../../constructs/operations/function-logs";
import { ResourceNames } from "../../constructs/resource-names";
import { SmsContent } from "../../constructs/sms-content";
import { TestNumberCodes } from "../../constructs/test-number-codes";
import { SmsWiring, VerificationFunction } from "../../constructs/verification-function";
import { DataPlane } from "./data-plane";

export interface VerificationSecrets {
  secrets: FunctionSecrets;
  /** The role's read grant on them. */
  grant: CamPolicy;
  /** Present when the environment lists test numbers. */
  testNumberCodes?: TestNumberCodes;
}

/** The function's secrets in Secrets Manager and the role's grant to read them; its environment only names them. */
export function addVerificationSecrets(
  stack: Construct,
  config: EnvironmentConfig,
  names: ResourceNames,
  role: FunctionRole,
  data: DataPlane,
): VerificationSecrets {
  const { tags } = config;
  // Keys codes are hashed with; rotating it (taint) only invalidates codes in flight.
  const pepper = new Password(stack, "code-pepper", { length: 48, special: false });
  // Optional Tencent Captcha: its key goes into the function's secret, its one action into the role.
  const captcha = config.captcha ? new CaptchaAccess(stack, "captcha", { names, roleId: role.role.id, tags }) : undefined;
  // Fixed codes of test numbers: generated, kept in the function's secret only.
  const testNumberCodes = config.testNumbers
    ? new TestNumberCodes(stack, "test-numbers", { numbers: config.testNumbers.numbers, codeLength: config.limits.codeLength })
    : undefined;
  const secrets = new FunctionSecrets(stack, "secrets", {
    names,
    region: config.region,
    values: {
      // A brought Redis's password stays in the operator's secret; the function reads it from there.
      redisPassword: data.redis?.password.result,
      codePepper: pepper.result,
      captchaAppSecretKey: captcha?.appSecretKey,
      testNumberCodes: testNumberCodes?.secretValue,
    },
    alsoReadable: data.brought ? [data.brought.passwordSecret.name] : undefined,
    tags,
  });
  return { secrets, grant: secrets.grantRead(role.role.id, names, tags), testNumberCodes };
}

/** One template: SMS_TEMPLATE_ID; several (locales, an international pair): the template list and its defaults. */
export function smsWiringOf(config: EnvironmentConfig, sms: SmsContent): SmsWiring {
  const several = config.sms.locales || config.sms.international;
  return {
    signName: sms.signName,
    templateId: sms.templateId,
    templates: several
      ? { list: sms.templateList, defaultLocale: sms.defaultLocale, internationalSignName: sms.internationalSignName }
      : undefined,
  };
}

export interface VerificationFunctionWiring {
  config: EnvironmentConfig;
  names: ResourceNames;
  data: DataPlane;
  role: FunctionRole;
  sms: SmsContent;
  secrets: VerificationSecrets;
  triggers: ScfFunctionTriggers[];
  logs: LogDestination;
  entryPoint?: string;
}

export function addVerificationFunction(stack: Construct, wiring: VerificationFunctionWiring): VerificationFunction {
  const { config, data, secrets } = wiring;
  return new VerificationFunction(stack, "verification", {
    names: wiring.names,
    runtime: config.function.runtime,
    bundleTarget: config.function.bundleTarget,
    memoryMb: config.function.memoryMb,
    timeoutSeconds: config.function.timeoutSeconds,
    vpcId: data.network.vpcId,
    subnetId: data.network.subnetId,
    roleName: wiring.role.roleName,
    redis: data.address,
    secrets: {
      region: config.region,
      runtimeSecretName: secrets.secrets.runtimeSecretName,
      signingKeysSecretName: secrets.secrets.signingKeysSecretName,
      redisPasswordSecret: data.brought?.passwordSecret,
    },
    sms: smsWiringOf(config, wiring.sms),
    settings: config,
    triggers: wiring.triggers,
    logs: wiring.logs,
    tags: config.tags,
    entryPoint: wiring.entryPoint,
    dependsOn: [secrets.secrets.runtimeVersion, secrets.secrets.signingKeysVersion, secrets.grant],
  });
}
