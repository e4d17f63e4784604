// Which signature and template a code goes out with. Tencent Cloud SMS keeps mainland China
// (domestic) and international/HMT content apart: a domestic signature and template reach +86
// numbers only, an international pair reaches every other region. An environment declares one or
// both pairs, each with templates in one or more locales (zh-CN, zh-HK, en, …); the number's region
// picks the pair and the request's `locale` picks the template, falling back sensibly.

export type SmsContentKind = "domestic" | "international";

export interface SmsContentPair {
  signName: string;
  /** Locale → template id, in the order configured (the first is the pair's own default). */
  templates: ReadonlyMap<string, string>;
}

export interface SmsContent {
  domestic?: SmsContentPair;
  international?: SmsContentPair;
  /** The environment's default locale, used when the request names none the pair has. */
  defaultLocale: string;
}

export interface ChosenTemplate {
  kind: SmsContentKind;
  signName: string;
  templateId: string;
  locale: string;
}

const mainland = "CN";

/** The pair that reaches numbers of `region` (ISO 3166 alpha-2). */
export function contentKindFor(region: string): SmsContentKind {
  return region === mainland ? "domestic" : "international";
}

/** Whether the content can reach numbers of `region`: the check behind SMS_ALLOWED_REGIONS. */
export function canServeRegion(content: SmsContent, region: string): boolean {
  return content[contentKindFor(region)] !== undefined;
}

/** Locales people in these regions read by default when the request names none. */
const regionLocales: Readonly<Record<string, string>> = { CN: "zh-CN", HK: "zh-HK", MO: "zh-HK", TW: "zh-TW", SG: "en" };

/** Chinese is written in two scripts: a request for one should not fall back to the other first. */
const sameScript: Readonly<Record<string, readonly string[]>> = {
  "zh-tw": ["zh-hk", "zh-mo", "zh-hant"],
  "zh-hk": ["zh-mo", "zh-tw", "zh-hant"],
  "zh-mo": ["zh-hk", "zh-tw", "zh-hant"],
  "zh-hant": ["zh-hk", "zh-tw", "zh-mo"],
  "zh-cn": ["zh-sg", "zh-hans"],
  "zh-sg": ["zh-cn", "zh-hans"],
  "zh-hans": ["zh-cn", "zh-sg"],
};

/**
 * The template for a number of `region` and the requested locale: the exact locale (case-insensitive),
 * else one in the same script (zh-TW → zh-HK, zh-SG → zh-CN), else one of the same language (en-US → en),
 * else the region's usual locale, else the environment's default locale, else the pair's first.
 * Undefined only when no pair serves the region.
 */
export function chooseTemplate(content: SmsContent, region: string, requested?: string): ChosenTemplate | undefined {
  const kind = contentKindFor(region);
  const pair = content[kind];
  if (!pair) return undefined;
  const locales = [...pair.templates.keys()];
  const find = (wanted: string | undefined): string | undefined => {
    if (!wanted) return undefined;
    const lower = wanted.toLowerCase();
    const exact = locales.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    for (const sibling of sameScript[lower] ?? []) {
      const found = locales.find((l) => l.toLowerCase() === sibling);
      if (found) return found;
    }
    const language = lower.split("-")[0];
    return locales.find((l) => l.toLowerCase() === language) ?? locales.find((l) => l.toLowerCase().split("-")[0] === language);
  };
  const locale =
    find(requested) ??
    locales.find((l) => l.toLowerCase() === (regionLocales[region] ?? "").toLowerCase()) ??
    find(content.defaultLocale) ??
    locales[0];
  return { kind, signName: pair.signName, templateId: pair.templates.get(locale)!, locale };
}

/** A locale tag as requests and the configuration write it: en, zh-CN, zh-Hant-HK (BCP 47, simplified). */
export function isLocaleTag(text: string): boolean {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(text);
}
