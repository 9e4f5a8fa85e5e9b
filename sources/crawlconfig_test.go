package sources

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseCrawlConfigExample(t *testing.T) {
	data, err := os.ReadFile("../examples/crawl.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseCrawlConfig(data)
	if err != nil {
		t.Fatalf("examples/crawl.yaml: %v", err)
	}
	if len(cfg.Seeds)+len(cfg.Feeds)+len(cfg.Sitemaps) == 0 {
		t.Error("example names no seeds, feeds or sitemaps")
	}
	if _, err := newScope(&cfg); err != nil {
		t.Errorf("example scope: %v", err)
	}
}

func TestParseCrawlConfig(t *testing.T) {
	tests := []struct {
		name, yaml, wantErr string
		check               func(t *testing.T, c CrawlConfig)
	}{
		{name: "empty is defaults", yaml: "", check: func(t *testing.T, c CrawlConfig) {
			if c.Rate != DefaultRate || c.UserAgent != DefaultUserAgent || c.MaxBytes != DefaultMaxBytes || c.retries() != DefaultRetries || !c.attachments() {
				t.Errorf("defaults: %+v", c)
			}
		}},
		{name: "values", yaml: `
seeds: [https://www.state.gov/press-releases/]
rate: 0.5
read_timeout: 45s
retry: {max: 0, base: 2s}
scope: {max_depth: 2, attachments: false, hosts: ["*.state.gov"]}
allow_private_addresses: true
`, check: func(t *testing.T, c CrawlConfig) {
			if c.Rate != 0.5 || time.Duration(c.ReadTimeout) != 45*time.Second || c.retries() != 0 ||
				time.Duration(c.Retry.Base) != 2*time.Second || c.Scope.MaxDepth != 2 || c.attachments() || !c.AllowPrivateAddresses {
				t.Errorf("parsed: %+v", c)
			}
		}},
		{name: "unknown key", yaml: "seed: [https://x.gov/]", wantErr: `line 1: unknown key "seed" (did you mean "seeds"?)`},
		{name: "misspelt scope key", yaml: "scope:\n  max_deph: 2\n", wantErr: `line 2: unknown key "max_deph" in scope (did you mean "max_depth"?)`},
		{name: "misspelt retry key", yaml: "retry: {maxx: 2}", wantErr: `unknown key "maxx" in retry (did you mean "max"?)`},
		{name: "unknown key far from any", yaml: "colour: blue", wantErr: `line 1: unknown key "colour"`},
		{name: "text for a number", yaml: "rate: fast", wantErr: `line 1: "fast" is not a number`},
		{name: "text for a whole number", yaml: "scope: {max_pages: many}", wantErr: `"many" is not a whole number`},
		{name: "bad scheme", yaml: "seeds: [file:///etc/passwd]", wantErr: "only http and https"},
		{name: "no host", yaml: "feeds: ['https:///feed']", wantErr: "no host"},
		{name: "bad duration", yaml: "read_timeout: 5", wantErr: "missing unit"},
		{name: "zero rate", yaml: "rate: 0", wantErr: "rate"},
		{name: "bad regexp", yaml: "scope: {include: ['(']}", wantErr: "scope.include"},
		{name: "relative prefix", yaml: "scope: {path_prefixes: [releases]}", wantErr: "does not start with /"},
		{name: "user agent newline", yaml: "user_agent: \"a\\nb\"", wantErr: "user_agent"},
		{name: "not yaml", yaml: "{{", wantErr: "not valid YAML"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := ParseCrawlConfig([]byte(tc.yaml))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, cfg)
		})
	}
}

func TestCrawlConfigEnvAndCommandKeys(t *testing.T) {
	env := map[string]string{"COMMUNIQUE_POSTGRES": "postgres://crawler:s3cret@db.internal/releases", "SITE": "www.example.gov"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	tests := []struct {
		name, yaml, wantErr string
		check               func(t *testing.T, c CrawlConfig)
	}{
		{name: "variables expanded", yaml: "seeds: [\"https://${SITE}/press/\"]\noutput:\n  postgres: \"${COMMUNIQUE_POSTGRES}\"\n",
			check: func(t *testing.T, c CrawlConfig) {
				if c.Seeds[0] != "https://www.example.gov/press/" || c.Output.Postgres != env["COMMUNIQUE_POSTGRES"] {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "dollar without braces kept", yaml: "seeds: [https://x.gov/]\nscope: {exclude: ['\\.pdf$', '$HOME']}\n",
			check: func(t *testing.T, c CrawlConfig) {
				if c.Scope.Exclude[0] != `\.pdf$` || c.Scope.Exclude[1] != "$HOME" {
					t.Errorf("got %q", c.Scope.Exclude)
				}
			}},
		{name: "state schedule outputs", yaml: "seeds: [https://x.gov/]\nstate: /var/lib/crawl\nevery: 2h\noutput: {file: \"out/{time}.jsonl\", sqlite: r.db}\n",
			check: func(t *testing.T, c CrawlConfig) {
				if c.State != "/var/lib/crawl" || time.Duration(c.Every) != 2*time.Hour || c.Output.File != "out/{time}.jsonl" || c.Output.SQLite != "r.db" {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "unset variable", yaml: "seeds: [https://x.gov/]\noutput:\n  postgres: ${NO_SUCH_VAR}\n", wantErr: "output.postgres: environment variable NO_SUCH_VAR is not set"},
		{name: "misspelt output key", yaml: "output: {sqlit: r.db}", wantErr: `unknown key "sqlit"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseCrawlConfig([]byte(tc.yaml), lookup)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, c)
		})
	}
}
