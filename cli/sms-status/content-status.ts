// The review state of every piece of SMS content one environment uses: fetches each list it needs
// once (signatures / templates × mainland / international) and matches the references against them.
import { EnvironmentConfig } from "../../infra/config/environment-settings";
import { referencedContent } from "./referenced-content";
import { ReviewClient } from "./review-client";
import { ContentStatus, ListedContent, reviewStatus } from "./review-status";

export async function environmentContentStatus(config: EnvironmentConfig, client: ReviewClient): Promise<ContentStatus[]> {
  const references = referencedContent(config);
  const lists = new Map<string, Promise<ListedContent[]>>();
  const listFor = (kind: "signature" | "template", international: 0 | 1): Promise<ListedContent[]> => {
    const key = `${kind}:${international}`;
    let list = lists.get(key);
    if (!list) {
      list = kind === "signature" ? client.signatures(international) : client.templates(international);
      lists.set(key, list);
    }
    return list;
  };
  const statuses: ContentStatus[] = [];
  for (const ref of references) statuses.push(reviewStatus(ref, await listFor(ref.kind, ref.international)));
  return statuses;
}
