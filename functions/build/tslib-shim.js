// The Tencent Cloud SDK (tencentcloud-sdk-nodejs-*, compiled with importHelpers) takes three helpers
// from tslib 1.13.0: __importDefault, __importStar and __exportStar. The whole tslib (~6 KB
// minified, every helper, also installed on the global object) would otherwise come along; these
// are the same three, as tslib 1.13.0 defines them.
exports.__importDefault = function (mod) {
  return mod && mod.__esModule ? mod : { default: mod };
};

exports.__importStar = function (mod) {
  if (mod && mod.__esModule) return mod;
  var result = {};
  if (mod != null) for (var k in mod) if (Object.hasOwnProperty.call(mod, k)) result[k] = mod[k];
  result["default"] = mod;
  return result;
};

exports.__exportStar = function (m, exports) {
  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p];
};
