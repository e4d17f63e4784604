// `npm run --silent review -- <plan.json> …`: prints the review of any
// `terraform show -json` plan. Exit 0 nothing guarded, 2 guarded change, 1 unreadable input,
// 64 bad usage.
import { readPlanFile } from "../read-plan";
import { renderMarkdown } from "../render/markdown";
import { renderText } from "../render/text";
import { reviewPlan } from "../review";
import { processIo, runCli, type CliIo } from "./cli-error";
import { parseReviewArgs, REVIEW_USAGE } from "./review-args";

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_GUARDED = 2;

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
        return EXIT_OK;
      }
      const plan = readPlanFile(args.planJsonPath);
      const options: Parameters<typeof reviewPlan>[1] = { allowReplace: args.allowReplace };
      if (args.environment !== undefined) options.environment = args.environment;
      const review = reviewPlan(plan, options);
      io.stdout(args.format === "markdown" ? renderMarkdown(review) : renderText(review));
      return review.guarded ? EXIT_GUARDED : EXIT_OK;
    },
    io,
  );
}

if (require.main === module) {
  void reviewCommand(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
