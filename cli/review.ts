// `npm run --silent review -- <plan.json> …`: prints the review of any
// `terraform show -json` plan. Exit 0 nothing guarded, 2 guarded change, 1 unreadable input,
// 64 bad usage.
import { readPlanFile } from "../infra/plan-review/read-plan";
import { renderMarkdown } from "../infra/plan-review/render/markdown";
import { renderText } from "../infra/plan-review/render/text";
import { reviewPlan } from "../infra/plan-review/review";
import { EXIT, processIo, runAsEntryPoint, runCli, type CliIo } from "./command-line";
import { parseReviewArgs, REVIEW_USAGE } from "./plan-review/review-args";

const REVIEW_HELP = `Reviews any \`terraform show -json\` plan against the guard rules.
  --format markdown|text   output format (default text)
  --allow-replace ADDRESS  accept the replacement of this resource address (repeatable)
  --env <env>              the plan's environment (enables the prod-only rules)
exit: 0 nothing guarded; 2 a guarded change; 1 unreadable plan; 64 bad usage
`;

export async function reviewCommand(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  return runCli(
    "review",
    async () => {
      const args = parseReviewArgs(argv);
      if (!args) {
        io.stdout(`${REVIEW_USAGE}\n${REVIEW_HELP}`);
        return EXIT.OK;
      }
      const plan = readPlanFile(args.planJsonPath);
      const options: Parameters<typeof reviewPlan>[1] = { allowReplace: args.allowReplace };
      if (args.environment !== undefined) options.environment = args.environment;
      const review = reviewPlan(plan, options);
      io.stdout(args.format === "markdown" ? renderMarkdown(review) : renderText(review));
      return review.guarded ? EXIT.GUARDED : EXIT.OK;
    },
    io,
    REVIEW_USAGE,
  );
}

export const main = (argv: readonly string[], _env: NodeJS.ProcessEnv, io: CliIo) => reviewCommand(argv, io);
runAsEntryPoint(module, main);
