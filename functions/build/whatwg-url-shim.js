// node-fetch@2 (pulled in by the Tencent Cloud SDK) only needs URL from whatwg-url; Node ships one.
exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
