// A small Template-style helper over cdktf's Testing: synthesize a stack once, then ask targeted
// questions (resources of a type, one resource's properties) or use cdktf's jest matchers on
// `template.json`.
import { App, TerraformStack, Testing } from "../../../infra/framework";
import { Construct } from "constructs";

Testing.setupJest();

export type ResourceBody = Record<string, unknown>;

export class Template {
  /** The JSON string cdktf's matchers (toHaveResourceWithProperties, …) take. */
  readonly json: string;
  readonly document: Record<string, Record<string, Record<string, ResourceBody>>>;

  private constructor(json: string) {
    this.json = json;
    this.document = JSON.parse(json);
  }

  static synth(stack: TerraformStack): Template {
    return new Template(Testing.synth(stack));
  }

  /** Builds constructs in a fresh stack (with no provider config) and synthesizes it. */
  static fromConstructs(build: (stack: TerraformStack) => void): Template {
    const stack = new TerraformStack(Testing.app(), "test");
    build(stack);
    return Template.synth(stack);
  }

  resources(type: string): ResourceBody[] {
    return Object.values(this.document.resource?.[type] ?? {});
  }

  /** The one resource of a type; fails when there are none or several. */
  resource(type: string): ResourceBody {
    const found = this.resources(type);
    if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
    return found[0];
  }

  /** The one resource of a type whose `name` (or `template_name`, `secret_name`) is `name`, when a stack has several. */
  named(type: string, name: string): ResourceBody {
    return this.document.resource?.[type]?.[this.idOfNamed(type, name)] as ResourceBody;
  }

  /** `${type.<id>.<attribute>}` for the resource of that type named `name`. */
  referenceToNamed(type: string, name: string, attribute: string): string {
    return `\${${type}.${this.idOfNamed(type, name)}.${attribute}}`;
  }

  private idOfNamed(type: string, name: string): string {
    const ids = Object.entries(this.document.resource?.[type] ?? {})
      .filter(([, body]) => (body.name ?? body.template_name ?? body.secret_name) === name)
      .map(([id]) => id);
    if (ids.length !== 1) throw new Error(`expected exactly one ${type} named ${name}, found ${ids.length}`);
    return ids[0];
  }

  outputs(): Record<string, { value: unknown }> {
    return (this.document.output ?? {}) as unknown as Record<string, { value: unknown }>;
  }

  /** `${type.<id>.<attribute>}` for the one resource of that type, to assert wiring by reference. */
  referenceTo(type: string, attribute: string): string {
    const ids = Object.keys(this.document.resource?.[type] ?? {});
    if (ids.length !== 1) throw new Error(`expected exactly one ${type}, found ${ids.length}`);
    return `\${${type}.${ids[0]}.${attribute}}`;
  }
}

export function newTestApp(): App {
  return Testing.app();
}

export type { Construct };
