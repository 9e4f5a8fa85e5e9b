package sources

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
)

// ErrAddressRefused is returned (wrapped in an *AddressError) when the
// address guard refuses to connect to an address.
var ErrAddressRefused = errors.New("address refused")

// AddressError reports a connection the address guard refused: the address
// actually being dialled (after DNS resolution, on every redirect) is not
// globally reachable, or a host name spells such an address.
type AddressError struct {
	Addr   netip.Addr
	Reason string // "loopback", "private", "link-local", ...
	// Via is the IPv6 address Addr was decoded from (6to4, Teredo, NAT64,
	// IPv4-compatible or -translated), when it was.
	Via netip.Addr
	// Host is the host name that spelled the address, when it was a name.
	Host string
}

func (e *AddressError) Error() string {
	what := e.Addr.String()
	switch {
	case e.Via.IsValid():
		what += " (embedded in " + e.Via.String() + ")"
	case e.Host != "":
		what = fmt.Sprintf("%s (host %q)", what, e.Host)
	}
	return fmt.Sprintf("%s address %s refused (allow with --allow-private-addresses)", e.Reason, what)
}

// Unwrap makes errors.Is(err, ErrAddressRefused) true.
func (e *AddressError) Unwrap() error { return ErrAddressRefused }

// IPv6 blocks that embed an IPv4 address (RFC 4291, RFC 6052, RFC 3056,
// RFC 4380, RFC 2765).
var (
	prefixIPv4Compatible = netip.MustParsePrefix("::/96")
	prefixIPv4Translated = netip.MustParsePrefix("::ffff:0:0:0/96")
	prefixNAT64          = netip.MustParsePrefix("64:ff9b::/96")
	prefix6to4           = netip.MustParsePrefix("2002::/16")
	prefixTeredo         = netip.MustParsePrefix("2001::/32")
	// prefixUnspecLoop is :: and ::1, inside ::/96 but not IPv4-compatible.
	prefixUnspecLoop = netip.MustParsePrefix("::/127")
)

// embedded is one IPv4 address decoded from an IPv6 one.
type embedded struct {
	v4 netip.Addr
	// routed reports whether packets to the IPv6 address reach the IPv4
	// one (6to4, Teredo, NAT64): then the IPv4 address decides. The
	// deprecated IPv4-compatible form and the translator-internal
	// IPv4-translated form are not routed and are refused whatever they
	// embed.
	routed bool
	form   string
}

// embeddedIPv4 decodes the IPv4 addresses an IPv6 address carries: the
// last 32 bits of the IPv4-compatible, IPv4-translated and NAT64 forms,
// bits 16-47 of 6to4, and for Teredo both the server (bits 32-63) and the
// client (the last 32 bits, inverted). IPv4-mapped addresses are unmapped
// by the caller.
func embeddedIPv4(a netip.Addr) []embedded {
	if !a.Is6() {
		return nil
	}
	b := a.As16()
	last := netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	switch {
	case prefixIPv4Compatible.Contains(a) && !prefixUnspecLoop.Contains(a):
		return []embedded{{last, false, "IPv4-compatible"}}
	case prefixIPv4Translated.Contains(a):
		return []embedded{{last, false, "IPv4-translated"}}
	case prefixNAT64.Contains(a):
		return []embedded{{last, true, "NAT64"}}
	case prefix6to4.Contains(a):
		return []embedded{{netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true, "6to4"}}
	case prefixTeredo.Contains(a):
		return []embedded{
			{netip.AddrFrom4([4]byte{b[4], b[5], b[6], b[7]}), true, "Teredo server"},
			{netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]}), true, "Teredo client"},
		}
	}
	return nil
}

// checkAddr returns a non-nil *AddressError unless addr is globally
// reachable. IPv4-mapped addresses are judged as IPv4; the IPv4 addresses
// embedded in NAT64, 6to4 and Teredo addresses decide for them; the
// IPv4-compatible and IPv4-translated forms are refused, naming the
// embedded address when that one is not public either. Everything else is
// judged by the IANA special-purpose registries (specialPurposeRegistry):
// refused unless not listed or listed as globally reachable, and for IPv6
// refused outside 2000::/3. Multicast is refused.
func checkAddr(addr netip.Addr) error {
	if !addr.IsValid() {
		return &AddressError{Addr: addr, Reason: "invalid"}
	}
	addr = addr.WithZone("").Unmap()
	if emb := embeddedIPv4(addr); emb != nil {
		for _, e := range emb {
			if reason := addrReason(e.v4); reason != "" {
				return &AddressError{Addr: e.v4, Reason: reason, Via: addr}
			}
		}
		if !emb[0].routed {
			return &AddressError{Addr: addr, Reason: emb[0].form}
		}
		return nil
	}
	if reason := addrReason(addr); reason != "" {
		return &AddressError{Addr: addr, Reason: reason}
	}
	return nil
}

// addrReason is why the guard refuses a (decoded) address, "" when it does
// not.
func addrReason(a netip.Addr) string {
	switch {
	case a == netip.AddrFrom4([4]byte{169, 254, 169, 254}):
		return "cloud metadata"
	case a.IsMulticast():
		return "multicast"
	}
	sp, listed := lookupSpecial(a)
	switch {
	case listed && !sp.global:
		return sp.reason
	case listed:
		return ""
	case a.Is6() && !ipv6GlobalUnicast.Contains(a):
		return "reserved"
	}
	return ""
}

// guardControl is a net.Dialer Control function that refuses non-public
// addresses. It runs for the address actually being connected to, after
// DNS resolution, for every connection (every redirect, every retry), so
// neither DNS rebinding nor a redirect to an internal host gets through.
func guardControl(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("address guard: parse %q: %w", address, err)
	}
	return checkAddr(ap.Addr())
}

// checkHostName refuses, before any DNS lookup, a host name that spells a
// non-public address: an IP literal, with or without a trailing dot; the
// numeric forms inet_aton(3) and most resolvers and browsers accept
// (127.1, 2130706433, 0x7f000001, 0177.0.0.1, their mixes); and the
// localhost names RFC 6761 reserves for loopback (localhost,
// x.localhost, with or without a trailing dot). Other names pass: their
// addresses are judged when dialled.
func checkHostName(host string) error {
	name := strings.ToLower(strings.TrimSuffix(host, "."))
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return &AddressError{Addr: netip.IPv6Loopback(), Reason: "loopback", Host: host}
	}
	addr, err := netip.ParseAddr(name)
	if err != nil {
		var ok bool
		if addr, ok = parseNumericIPv4(name); !ok {
			return nil
		}
	}
	if err := checkAddr(addr); err != nil {
		ae := err.(*AddressError)
		if name != addr.String() {
			ae.Host = host
		}
		return ae
	}
	return nil
}

// parseNumericIPv4 parses the IPv4 forms inet_aton(3) accepts: one to four
// parts separated by dots, each decimal, octal (leading 0) or hexadecimal
// (leading 0x), the last part filling the remaining bytes (a, a.b with b
// 24 bits, a.b.c with c 16 bits).
func parseNumericIPv4(s string) (netip.Addr, bool) {
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	var v uint64
	for i, p := range parts {
		n, ok := parseInetPart(p)
		if !ok {
			return netip.Addr{}, false
		}
		if i < len(parts)-1 {
			if n > 0xff {
				return netip.Addr{}, false
			}
			v |= n << (8 * (3 - i))
			continue
		}
		bits := 8 * (4 - i)
		if n >= 1<<bits {
			return netip.Addr{}, false
		}
		v |= n
	}
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// parseInetPart parses one part of an inet_aton address.
func parseInetPart(p string) (uint64, bool) {
	base := 10
	switch {
	case p == "":
		return 0, false
	case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
		base, p = 16, p[2:]
		if p == "" {
			return 0, true // "0x" is 0 to inet_aton
		}
	case len(p) > 1 && p[0] == '0':
		base, p = 8, p[1:]
	}
	n, err := strconv.ParseUint(p, base, 32)
	return n, err == nil
}
