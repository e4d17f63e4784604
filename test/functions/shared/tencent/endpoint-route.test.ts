// Endpoint override (SMS_ENDPOINT, SSM_ENDPOINT, …) → SDK httpProfile: the signed service name
// must stay the API's own ("sms", "ssm").
import { defaultSmsApiHost } from "../../../../functions/shared/sms";
import { routeForEndpoint } from "../../../../functions/shared/tencent/endpoint-route";

describe("routeForEndpoint", () => {
  it("uses the public HTTPS endpoint by default", () => {
    expect(routeForEndpoint(undefined, defaultSmsApiHost)).toEqual({ endpoint: defaultSmsApiHost, protocol: "https://" });
    expect(routeForEndpoint("", defaultSmsApiHost)).toEqual({ endpoint: defaultSmsApiHost, protocol: "https://" });
  });

  it("passes Tencent's own sms.* hosts straight to the SDK", () => {
    expect(routeForEndpoint("https://sms.internal.tencentcloudapi.com", defaultSmsApiHost)).toEqual({
      endpoint: "sms.internal.tencentcloudapi.com",
      protocol: "https://",
    });
  });

  it("keeps the canonical signed host for an address override and redirects the connection", () => {
    const route = routeForEndpoint("http://127.0.0.1:9000", defaultSmsApiHost);
    expect(route.endpoint).toBe(defaultSmsApiHost);
    expect(route.protocol).toBe("http://");
    expect(route.agent).toBeDefined();
  });

  it.each(["127.0.0.1:9000", "ftp://127.0.0.1", "http://127.0.0.1:9000/path", "http://127.0.0.1:9000/?a=1"])(
    "rejects %s with a message saying the expected form",
    (value) => {
      expect(() => routeForEndpoint(value, defaultSmsApiHost)).toThrow(/SMS endpoint override/);
    },
  );

  it("signs for the API it is given: an SSM override keeps ssm.tencentcloudapi.com and names SSM in errors", () => {
    expect(routeForEndpoint("http://127.0.0.1:9000", "ssm.tencentcloudapi.com").endpoint).toBe("ssm.tencentcloudapi.com");
    expect(routeForEndpoint("https://ssm.ap-guangzhou.tencentcloudapi.com", "ssm.tencentcloudapi.com").endpoint).toBe(
      "ssm.ap-guangzhou.tencentcloudapi.com",
    );
    expect(() => routeForEndpoint("127.0.0.1:9000", "ssm.tencentcloudapi.com")).toThrow(/SSM endpoint override/);
  });
});
