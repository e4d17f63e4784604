// The naming rule every construct follows: `<app>-<env>-<part>`, so resources of different
// environments never collide in one account and are recognisable in the console.
export class ResourceNames {
  constructor(
    readonly app: string,
    readonly env: string,
  ) {}

  of(part: string): string {
    return `${this.app}-${this.env}-${part}`;
  }
}
