package sources

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
)

func TestCheckHostName(t *testing.T) {
	tests := []struct {
		host   string
		reason string // "" when the name passes (judged when dialled)
	}{
		{"127.1", "loopback"},
		{"2130706433", "loopback"},
		{"0x7f000001", "loopback"},
		{"0X7F.1", "loopback"},
		{"0177.0.0.1", "loopback"},
		{"0177.1", "loopback"},
		{"127.0.0.1.", "loopback"},
		{"127.0.1", "loopback"},
		{"localhost", "loopback"},
		{"localhost.", "loopback"},
		{"LocalHost", "loopback"},
		{"intranet.localhost.", "loopback"},
		{"10.1", "private"},
		{"167772161", "private"},         // 10.0.0.1
		{"0xa9fea9fe", "cloud metadata"}, // 169.254.169.254
		{"0251.0376.0251.0376", "cloud metadata"},
		{"0", "unspecified"},
		{"::ffff:7f00:1", "loopback"},
		{"::7f00:1", "loopback"},
		// Public or not an address: judged when dialled.
		{"8.8.8.8", ""},
		{"134744072", ""}, // 8.8.8.8
		{"www.example.gov", ""},
		{"localhost.example.gov", ""},
		{"127.0.0.1.example.gov", ""},
		{"1.2.3.4.5", ""},
		{"0x1g", ""},
		{"09.1.1.1", ""},  // 09 is not octal: not an address
		{"256.1.1.1", ""}, // a part too large: not an address
		{"1.2.3.256", ""},
		{"4294967296", ""},
	}
	for _, tc := range tests {
		t.Run(tc.host, func(t *testing.T) {
			err := checkHostName(tc.host)
			got := ""
			var ae *AddressError
			if errors.As(err, &ae) {
				got = ae.Reason
			}
			if got != tc.reason {
				t.Errorf("checkHostName(%q): got %q (%v), want %q", tc.host, got, err, tc.reason)
			}
		})
	}
}

func TestAddressErrorNamesTheForm(t *testing.T) {
	tests := []struct {
		addr, want string
	}{
		{"2002:7f00:1::1", "loopback address 127.0.0.1 (embedded in 2002:7f00:1::1) refused"},
		{"::7f00:1", "loopback address 127.0.0.1 (embedded in ::7f00:1) refused"},
		{"::808:808", "IPv4-compatible address ::808:808 refused"},
		{"10.0.0.1", "private address 10.0.0.1 refused"},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			err := checkAddr(netip.MustParseAddr(tc.addr))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, ErrAddressRefused) {
				t.Errorf("got %v, want %q...", err, tc.want)
			}
		})
	}
	if err := checkHostName("0x7f000001"); err == nil || !strings.Contains(err.Error(), `127.0.0.1 (host "0x7f000001")`) {
		t.Errorf("got %v, want the host name in the message", err)
	}
}

// TestSpecialPurposeRegistryWellFormed: every entry is a canonical prefix
// (no host bits) and no prefix is listed twice.
func TestSpecialPurposeRegistryWellFormed(t *testing.T) {
	seen := map[netip.Prefix]bool{}
	for _, sp := range specialPurposeRegistry {
		if sp.prefix != sp.prefix.Masked() {
			t.Errorf("%s has host bits set", sp.prefix)
		}
		if seen[sp.prefix] {
			t.Errorf("%s listed twice", sp.prefix)
		}
		seen[sp.prefix] = true
		if sp.reason == "" {
			t.Errorf("%s has no reason", sp.prefix)
		}
	}
}
