package sources

import "net/netip"

// specialPurpose is one entry of the IANA special-purpose address
// registries: a block, the reason the guard reports, and whether the
// registry marks it globally reachable.
type specialPurpose struct {
	prefix netip.Prefix
	reason string
	global bool
}

// specialPurposeRegistry is the IANA IPv4 and IPv6 Special-Purpose Address
// Registries, as published on 2025-07-23:
//
//	https://www.iana.org/assignments/iana-ipv4-special-registry/
//	https://www.iana.org/assignments/iana-ipv6-special-registry/
//
// Entries the registries mark "Globally Reachable: False" or "N/A" are
// refused; the True ones are exceptions carved out of a refused block
// (192.0.0.9 inside 192.0.0.0/24), so the longest matching prefix decides.
// The N/A blocks that embed an IPv4 address (6to4, Teredo; the registry's
// IPv4-mapped and NAT64 entries too) are decoded by embeddedIPv4 before
// this table is consulted. Multicast (224.0.0.0/4, ff00::/8) has its own
// registries and is refused by checkAddr as a whole.
var specialPurposeRegistry = []specialPurpose{
	// IPv4.
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network", false},                // RFC 791
	{netip.MustParsePrefix("0.0.0.0/32"), "unspecified", false},                // RFC 1122
	{netip.MustParsePrefix("10.0.0.0/8"), "private", false},                    // RFC 1918
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT", false},       // RFC 6598
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback", false},                  // RFC 1122
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local", false},             // RFC 3927
	{netip.MustParsePrefix("172.16.0.0/12"), "private", false},                 // RFC 1918
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment", false}, // RFC 6890
	{netip.MustParsePrefix("192.0.0.0/29"), "IPv4 service continuity", false},  // RFC 7335
	{netip.MustParsePrefix("192.0.0.8/32"), "IPv4 dummy address", false},       // RFC 7600
	{netip.MustParsePrefix("192.0.0.9/32"), "port control protocol anycast", true},
	{netip.MustParsePrefix("192.0.0.10/32"), "TURN anycast", true},
	{netip.MustParsePrefix("192.0.0.170/31"), "NAT64/DNS64 discovery", false}, // RFC 8880
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation", false},           // RFC 5737
	{netip.MustParsePrefix("192.31.196.0/24"), "AS112", true},
	{netip.MustParsePrefix("192.52.193.0/24"), "AMT", true},
	{netip.MustParsePrefix("192.88.99.0/24"), "deprecated 6to4 relay anycast", false}, // RFC 7526
	{netip.MustParsePrefix("192.168.0.0/16"), "private", false},                       // RFC 1918
	{netip.MustParsePrefix("192.175.48.0/24"), "AS112", true},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking", false},    // RFC 2544
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation", false}, // RFC 5737
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation", false},  // RFC 5737
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved", false},          // RFC 1112
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast", false},  // RFC 919

	// IPv6.
	{netip.MustParsePrefix("::/128"), "unspecified", false},                 // RFC 4291
	{netip.MustParsePrefix("::1/128"), "loopback", false},                   // RFC 4291
	{netip.MustParsePrefix("::ffff:0:0/96"), "IPv4-mapped", false},          // RFC 4291
	{netip.MustParsePrefix("64:ff9b::/96"), "NAT64", true},                  // RFC 6052
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64", false},     // RFC 8215
	{netip.MustParsePrefix("100::/64"), "discard-only", false},              // RFC 6666
	{netip.MustParsePrefix("100:0:0:1::/64"), "dummy IPv6 prefix", false},   // RFC 9780
	{netip.MustParsePrefix("2001::/23"), "IETF protocol assignment", false}, // RFC 2928
	{netip.MustParsePrefix("2001::/32"), "Teredo", false},                   // RFC 4380; N/A, decoded
	{netip.MustParsePrefix("2001:1::1/128"), "port control protocol anycast", true},
	{netip.MustParsePrefix("2001:1::2/128"), "TURN anycast", true},
	{netip.MustParsePrefix("2001:1::3/128"), "DNS-SD SRP anycast", true},
	{netip.MustParsePrefix("2001:2::/48"), "benchmarking", false}, // RFC 5180
	{netip.MustParsePrefix("2001:3::/32"), "AMT", true},
	{netip.MustParsePrefix("2001:4:112::/48"), "AS112", true},
	{netip.MustParsePrefix("2001:10::/28"), "deprecated ORCHID", false}, // RFC 4843
	{netip.MustParsePrefix("2001:20::/28"), "ORCHIDv2", true},
	{netip.MustParsePrefix("2001:30::/28"), "drone remote ID", true},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation", false}, // RFC 3849
	{netip.MustParsePrefix("2002::/16"), "6to4", false},              // RFC 3056; N/A, decoded
	{netip.MustParsePrefix("2620:4f:8000::/48"), "AS112", true},
	{netip.MustParsePrefix("3fff::/20"), "documentation", false}, // RFC 9637
	{netip.MustParsePrefix("5f00::/16"), "SRv6 SIDs", false},     // RFC 9602
	{netip.MustParsePrefix("fc00::/7"), "private", false},        // RFC 4193 (unique local)
	{netip.MustParsePrefix("fe80::/10"), "link-local", false},    // RFC 4291
	{netip.MustParsePrefix("fec0::/10"), "site-local", false},    // RFC 3879 (deprecated)
}

// ipv6GlobalUnicast is the only IPv6 block the IANA IPv6 Address Space
// registry allocates for global unicast
// (https://www.iana.org/assignments/ipv6-address-space/); the rest of the
// space is reserved by the IETF, multicast or local. Special-purpose
// entries outside it (64:ff9b::/96, 100::/64, fc00::/7, ...) are judged by
// the table above.
var ipv6GlobalUnicast = netip.MustParsePrefix("2000::/3")

// lookupSpecial returns the longest registry entry containing a.
func lookupSpecial(a netip.Addr) (specialPurpose, bool) {
	var best specialPurpose
	found := false
	for _, sp := range specialPurposeRegistry {
		if sp.prefix.Contains(a) && (!found || sp.prefix.Bits() > best.prefix.Bits()) {
			best, found = sp, true
		}
	}
	return best, found
}
