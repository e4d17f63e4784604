// Placeholder SCF entry; replaced by the verification function work.
export async function main_handler(): Promise<unknown> {
  return { isBase64Encoded: false, statusCode: 503, headers: {}, body: "{}" };
}
