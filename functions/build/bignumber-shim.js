// json-bigint, through which the Tencent Cloud SDK serialises request bodies and the payload it
// signs, loads bignumber.js (~18 KB minified) only to recognise BigNumber values in what it
// serialises and, when parsing without native BigInt, to build them. The SDK never parses with it
// (it uses `useNativeBigInt`), and nothing in a function bundle creates a BigNumber, so no value is
// one: serialising through this stand-in gives the same bytes, and the same signature, as the
// real class (test/functions/verification/bundle.e2e.test.ts signs against a TC3-checking endpoint).
class BigNumber {
  constructor() {
    throw new Error("bignumber.js is not included in this function bundle (see functions/build/bundle.ts)");
  }
  static isBigNumber() {
    return false;
  }
}
module.exports = BigNumber;
module.exports.default = BigNumber;
module.exports.BigNumber = BigNumber;
