// SMS_ENDPOINT override → SDK httpProfile: the signed service name must stay "sms".
import { defaultSmsApiHost, routeForEndpoint } from "../../../../functions/shared/sms";

describe("routeForEndpoint", () => {
  it("uses the public HTTPS endpoint by default", () => {
    expect(routeForEndpoint(undefined)).toEqual({ endpoint: defaultSmsApiHost, protocol: "https://" });
    expect(routeForEndpoint("")).toEqual({ endpoint: defaultSmsApiHost, protocol: "https://" });
  });

  it("passes Tencent's own sms.* hosts straight to the SDK", () => {
    expect(routeForEndpoint("https://sms.internal.tencentcloudapi.com")).toEqual({
      endpoint: "sms.internal.tencentcloudapi.com",
      protocol: "https://",
    });
  });

  it("keeps the canonical signed host for an address override and redirects the connection", () => {
    const route = routeForEndpoint("http://127.0.0.1:9000");
    expect(route.endpoint).toBe(defaultSmsApiHost);
    expect(route.protocol).toBe("http://");
    expect(route.agent).toBeDefined();
  });

  it.each(["127.0.0.1:9000", "ftp://127.0.0.1", "http://127.0.0.1:9000/path", "http://127.0.0.1:9000/?a=1"])(
    "rejects %s with a message saying the expected form",
    (value) => {
      expect(() => routeForEndpoint(value)).toThrow(/SMS endpoint override/);
    },
  );
});
