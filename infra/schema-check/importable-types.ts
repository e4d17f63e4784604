// Resource types of the tencentcloud provider (1.83.25) known to support `terraform import`, with
// the id each takes (from the provider's website/docs/r/<type>.html.markdown "Import" sections).
// tencentcloud_sms_sign has no importer in the provider's source: an existing signature is used
// by name (sms.sign.manage false) instead of being adopted.
export const IMPORTABLE_TYPES: Readonly<Record<string, RegExp>> = {
  tencentcloud_vpc: /^vpc-[a-z0-9]+$/,
  tencentcloud_subnet: /^subnet-[a-z0-9]+$/,
  tencentcloud_security_group: /^sg-[a-z0-9]+$/,
  tencentcloud_redis_instance: /^crs-[a-z0-9]+$/,
};
