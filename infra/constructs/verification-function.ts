// VerificationFunction: the SCF function running functions/verification, bundled at synth like
// every BundledFunction. Everything the function reads from its environment is wired here. Its
// secrets are not in the environment (SCF shows environment variables to anyone who can view the
// function): it gets the names of its Secrets Manager secrets and reads them with its role.
import { ITerraformDependable, Token } from "../framework";
import { Construct } from "constructs";
import { resolve } from "node:path";
import { ScfFunctionTriggers } from "../.gen/providers/tencentcloud/scf-function";
import { EnvironmentConfig } from "../config/environment-settings";
import { toEnvironment, verbatim } from "../../functions/verification/settings";
import { BundledFunction, FunctionPlacement, placementOf } from "./bundled-function";
import { ResourceNames } from "./resource-names";

export const VERIFICATION_ENTRY_POINT = resolve(__dirname, "..", "..", "functions", "verification", "index.ts");

/** Where the function finds Redis: the created instance's attributes (tokens) or a brought one's address. */
export interface RedisAddress {
  host: string;
  port: number;
  cluster: boolean;
}

/** A port as an environment value: a created instance's port is a token, a brought one a plain number. */
export function portValue(port: number) {
  return Token.isUnresolved(port) ? verbatim(Token.asString(port)) : port;
}

export interface SmsWiring {
  signName: string;
  /** Literal id or a token of the managed template's id. */
  templateId: string;
  /** Several templates (locales, an international pair): SMS_TEMPLATES and friends instead of SMS_TEMPLATE_ID. */
  templates?: { list: string; defaultLocale: string; internationalSignName?: string };
}

/** Where the function finds its secrets (FunctionSecrets). */
export interface SecretsWiring {
  region: string;
  runtimeSecretName: string;
  signingKeysSecretName: string;
  /** A brought Redis: the operator's secret holding its password (read by the function's role). */
  redisPasswordSecret?: { name: string; versionId: string; field?: string };
}

export interface VerificationFunctionProps extends FunctionPlacement {
  names: ResourceNames;
  /** Host, port and architecture; the password reaches the function through Secrets Manager. */
  redis: RedisAddress;
  secrets: SecretsWiring;
  /** The signature and template the SMS content construct settled on. */
  sms: SmsWiring;
  /** The environment's function settings: SMS, limits, Captcha, sessions. */
  settings: Pick<EnvironmentConfig, "sms" | "limits" | "captcha" | "sessions">;
  triggers: ScfFunctionTriggers[];
  /** Overridable for tests; defaults to functions/verification/index.ts. */
  entryPoint?: string;
  /** The secrets and the role's grant: they must exist before the first invocation. */
  dependsOn?: ITerraformDependable[];
}

/** What the function reads (functions/verification/settings): secret names, never secret values. */
function verificationEnvironment(props: VerificationFunctionProps): Record<string, string> {
  const { redis, secrets, settings } = props;
  return toEnvironment({
    redis: { host: redis.host, port: portValue(redis.port), cluster: redis.cluster },
    secrets,
    sms: {
      sdkAppId: settings.sms.sdkAppId,
      signName: props.sms.signName,
      // One template: the tutorial's variable; several (locales, an international pair): the list,
      // whose ids may be references to managed templates.
      ...(props.sms.templates
        ? {
            templates: verbatim(props.sms.templates.list),
            defaultLocale: props.sms.templates.defaultLocale,
            internationalSignName: props.sms.templates.internationalSignName,
          }
        : { templateId: props.sms.templateId }),
      region: settings.sms.region,
      timeoutSeconds: settings.sms.timeoutSeconds,
      allowedRegions: settings.sms.allowedRegions,
    },
    limits: settings.limits,
    captcha: settings.captcha,
    sessions: settings.sessions,
  });
}

export class VerificationFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: VerificationFunctionProps) {
    super(scope, id, {
      ...placementOf(props),
      name: props.names.of("verification"),
      description: "SMS verification codes: issue and verify",
      entryPoint: props.entryPoint ?? VERIFICATION_ENTRY_POINT,
      environment: verificationEnvironment(props),
      triggers: props.triggers,
      dependsOn: props.dependsOn,
    });
  }
}
