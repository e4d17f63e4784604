// How many billed SMS one message becomes, per Tencent's length rule: length = signature
// (with its 【】) + body with variables filled. Domestic (and any non-GSM text): ≤ 70 characters is
// one SMS, longer ones are split into 67-character parts. International pure-GSM text: ≤ 160 is one,
// longer in 153-character parts, with GSM extended characters counting twice. Every Chinese
// character, letter, digit, punctuation mark or space counts as one.

const gsmBasic = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const gsmExtended = new Set("|^€{}[]~\\");

export interface MessageSize {
  characters: number;
  parts: number;
}

export function composeMessage(signName: string, body: string): string {
  return signName ? `【${signName}】${body}` : body;
}

export function messageSize(message: string, international: boolean): MessageSize {
  const chars = [...message];
  if (international && chars.every((c) => gsmBasic.has(c) || gsmExtended.has(c))) {
    const characters = chars.reduce((n, c) => n + (gsmExtended.has(c) ? 2 : 1), 0);
    return { characters, parts: characters <= 160 ? 1 : Math.ceil(characters / 153) };
  }
  const characters = chars.length;
  return { characters, parts: characters <= 70 ? 1 : Math.ceil(characters / 67) };
}
