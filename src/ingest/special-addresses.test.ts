import { describe, expect, it } from "vitest";
import { addressProblem, embeddedIpv4, hostNameProblem, ipv6Bytes } from "./special-addresses.js";

describe("addressProblem", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.0.9", "a loopback address"],
    ["::1", "a loopback address"],
    ["10.0.0.5", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.1", "a private address"],
    ["fc00::1", "a private address"],
    ["fd12:3456::1", "a private address"],
    ["169.254.169.254", "a cloud metadata address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    ["169.254.1.1", "a link-local address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["100.64.0.1", "a shared (CGNAT) address"],
    ["224.0.0.1", "a multicast address"],
    ["ff02::1", "a multicast address"],
    ["255.255.255.255", "the broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["192.0.2.1", "a reserved address"],
    // IPv6 forms that carry an IPv4 address are judged by it.
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["[::ffff:10.0.0.5]", "a private address"],
    ["::ffff:169.254.169.254", "a cloud metadata address"],
    ["::127.0.0.1", "a loopback address"],
    ["::ffff:0:10.1.2.3", "a private address"],
    ["64:ff9b::a9fe:a9fe", "a cloud metadata address"],
    ["2002:c0a8:0101::1", "a private address"],
  ])("%s is %s", (address, what) => {
    expect(addressProblem(address)).toBe(what);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"])("%s is public", (address) => {
    expect(addressProblem(address)).toBeNull();
  });

  it("judges the decimal, octal and hexadecimal spellings a URL normalises", () => {
    const hosts = ["http://2130706433/", "http://0x7f.1/", "http://0177.0.0.1/", "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://2852039166/"].map((url) => new URL(url).hostname);
    expect(hosts.map(addressProblem)).toEqual([
      "a loopback address", "a loopback address", "a loopback address", "a loopback address", "a loopback address", "a cloud metadata address",
    ]);
  });

  it("says when a text is not an address", () => {
    expect(addressProblem("example.com")).toBe("not an IP address");
  });
});

describe("ipv6Bytes and embeddedIpv4", () => {
  it("expands every IPv6 spelling to 16 bytes", () => {
    expect(Array.from(ipv6Bytes("::1")!)).toEqual([...Array(15).fill(0), 1]);
    expect(Array.from(ipv6Bytes("2001:db8::ff00:42:8329")!)).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0x00, 0x00, 0x42, 0x83, 0x29]);
    expect(ipv6Bytes("10.0.0.1")).toBeNull();
  });

  it("finds the IPv4 address a mapped, compatible or 6to4 address carries, and none in ::1", () => {
    expect(embeddedIpv4(ipv6Bytes("::ffff:1.2.3.4")!)).toBe("1.2.3.4");
    expect(embeddedIpv4(ipv6Bytes("::1.2.3.4")!)).toBe("1.2.3.4");
    expect(embeddedIpv4(ipv6Bytes("2002:0102:0304::")!)).toBe("1.2.3.4");
    expect(embeddedIpv4(ipv6Bytes("::1")!)).toBeNull();
    expect(embeddedIpv4(ipv6Bytes("2606:4700::1111")!)).toBeNull();
  });
});

describe("hostNameProblem", () => {
  it.each([
    ["metadata.google.internal", "a cloud metadata name"],
    ["METADATA.GOOGLE.INTERNAL.", "a cloud metadata name"],
    ["instance-data", "a cloud metadata name"],
    ["localhost", "a loopback name"],
    ["app.localhost", "a loopback name"],
  ])("%s is %s", (name, what) => {
    expect(hostNameProblem(name)).toBe(what);
  });

  it("leaves other names to what they resolve to", () => {
    expect(hostNameProblem("news.example")).toBeNull();
    expect(hostNameProblem("metadata.example.com")).toBeNull();
  });
});
