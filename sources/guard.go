package sources

import (
	"errors"
	"fmt"
	"net/netip"
	"syscall"
)

// ErrAddressRefused is returned (wrapped in an *AddressError) when the
// address guard refuses to connect to an address.
var ErrAddressRefused = errors.New("address refused")

// AddressError reports a connection the address guard refused: the address
// actually being dialled (after DNS resolution, on every redirect) is not
// public.
type AddressError struct {
	Addr   netip.Addr
	Reason string // "loopback", "private", "link-local", ...
}

func (e *AddressError) Error() string {
	return fmt.Sprintf("%s address %s refused (allow with --allow-private-addresses)", e.Reason, e.Addr)
}

// Unwrap makes errors.Is(err, ErrAddressRefused) true.
func (e *AddressError) Unwrap() error { return ErrAddressRefused }

// nonPublicPrefixes are the ranges that a crawler driven by a seed list
// must not reach by default, with the reason reported. The netip methods
// cover loopback, private (RFC 1918, fc00::/7), link-local, multicast and
// unspecified; these are the rest.
var nonPublicPrefixes = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
}

// checkAddr returns a non-nil *AddressError when addr is not a public
// unicast address. IPv4-mapped IPv6 addresses are judged as IPv4, and the
// well-known NAT64 prefix as the IPv4 address it embeds, so neither can
// smuggle a private address past the guard.
func checkAddr(addr netip.Addr) error {
	addr = addr.Unmap()
	if addr.Is6() {
		if p := netip.MustParsePrefix("64:ff9b::/96"); p.Contains(addr) {
			b := addr.As16()
			addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		}
	}
	reason := ""
	switch {
	case !addr.IsValid():
		reason = "invalid"
	case addr.IsLoopback():
		reason = "loopback"
	case addr.IsPrivate():
		reason = "private"
	case addr == netip.AddrFrom4([4]byte{169, 254, 169, 254}):
		reason = "cloud metadata"
	case addr.IsLinkLocalUnicast():
		reason = "link-local"
	case addr.IsMulticast(), addr.IsLinkLocalMulticast(), addr.IsInterfaceLocalMulticast():
		reason = "multicast"
	case addr.IsUnspecified():
		reason = "unspecified"
	}
	if reason == "" {
		for _, np := range nonPublicPrefixes {
			if np.prefix.Contains(addr) {
				reason = np.reason
				break
			}
		}
	}
	if reason != "" {
		return &AddressError{Addr: addr, Reason: reason}
	}
	return nil
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
