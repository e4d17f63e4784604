// GET Bucket (list objects, version 1) over the endpoint's in-memory objects: prefix, marker and
// max-keys as COS applies them (keys in UTF-8 byte order, strictly after the marker), IsTruncated
// as "true"/"false" and NextMarker — the last key returned — only when the page is truncated.
export interface StoredObject {
  body: Buffer;
  etag: string;
  lastModified: Date;
  contentType: string;
}

export interface ListRequest {
  bucket: string;
  prefix: string;
  marker: string;
  maxKeys: number;
}

export function listBucketXml(objects: Map<string, StoredObject>, req: ListRequest): string {
  const keys = [...objects.keys()]
    .filter((key) => key.startsWith(req.prefix) && byteCompare(key, req.marker) > 0)
    .sort(byteCompare);
  const page = keys.slice(0, req.maxKeys);
  const truncated = keys.length > page.length;
  const contents = page.map((key) => {
    const object = objects.get(key)!;
    return (
      "<Contents>" +
      element("Key", key) +
      element("LastModified", object.lastModified.toISOString()) +
      element("ETag", object.etag) +
      element("Size", String(object.body.length)) +
      "<Owner><ID>1250000000</ID><DisplayName>1250000000</DisplayName></Owner>" +
      element("StorageClass", "STANDARD") +
      "</Contents>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult>' +
    element("Name", req.bucket) +
    element("Prefix", req.prefix) +
    element("Marker", req.marker) +
    element("MaxKeys", String(req.maxKeys)) +
    element("IsTruncated", truncated ? "true" : "false") +
    (truncated ? element("NextMarker", page[page.length - 1]) : "") +
    contents.join("") +
    "</ListBucketResult>"
  );
}

export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
