package sources

import (
	"os"
	"reflect"
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
	if _, err := newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps); err != nil {
		t.Errorf("example scope: %v", err)
	}
}

func TestParseCrawlConfig(t *testing.T) {
	tests := []struct {
		name, yaml, wantErr string
		check               func(t *testing.T, c CrawlConfig)
	}{
		{name: "empty is defaults", yaml: "", check: func(t *testing.T, c CrawlConfig) {
			if c.Rate != DefaultRate || c.UserAgent != DefaultUserAgent || c.MaxBytes != DefaultMaxBytes || c.retries() != DefaultRetries || !c.Scope.attachments() {
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
				time.Duration(c.Retry.Base) != 2*time.Second || c.Scope.MaxDepth != 2 || c.Scope.attachments() || !c.AllowPrivateAddresses {
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
		{name: "sites with scopes of their own", yaml: `
scope: {max_depth: 1, exclude: ['/tag/'], hosts: ["*.gov"]}
sites:
  - name: press
    seeds: [https://a.gov/press/]
    scope: {path_prefixes: [/press/]}
  - name: deep
    feeds: [https://b.gov/feed]
    scope: {max_depth: 0, exclude: []}
`, check: func(t *testing.T, c CrawlConfig) {
			sites := c.effectiveSites()
			if len(sites) != 2 {
				t.Fatalf("sites: %+v", sites)
			}
			press, deep := sites[0].Scope, sites[1].Scope
			if press.MaxDepth != 1 || !reflect.DeepEqual(press.PathPrefixes, []string{"/press/"}) || !reflect.DeepEqual(press.Exclude, []string{"/tag/"}) || !reflect.DeepEqual(press.Hosts, []string{"*.gov"}) {
				t.Errorf("press: %+v, want the top level's depth, exclude and hosts with its own prefixes", press)
			}
			if deep.MaxDepth != 0 || len(deep.Exclude) != 0 || len(deep.PathPrefixes) != 0 || deep.MaxPages != DefaultMaxPages {
				t.Errorf("deep: %+v, want depth 0 and no exclude set by the site, the rest the top level's", deep)
			}
		}},
		{name: "top-level URLs and a site", yaml: `
seeds: [https://a.gov/]
scope: {max_depth: 2}
sites: [{sitemaps: [https://c.gov/sitemap.xml], scope: {max_depth: 1}}]
`, check: func(t *testing.T, c CrawlConfig) {
			sites := c.effectiveSites()
			if len(sites) != 2 || sites[0].Scope.MaxDepth != 2 || sites[1].Scope.MaxDepth != 1 || !c.HasStartURLs() {
				t.Errorf("sites: %+v", sites)
			}
		}},
		{name: "misspelt site key", yaml: "sites:\n  - seedz: [https://a.gov/]\n", wantErr: `line 2: unknown key "seedz" in sites (did you mean "seeds"?)`},
		{name: "misspelt key in a site's scope", yaml: "sites:\n  - seeds: [https://a.gov/]\n    scope: {max_deph: 2}\n", wantErr: `line 3: unknown key "max_deph" in scope (did you mean "max_depth"?)`},
		{name: "site without URLs", yaml: "sites: [{name: mofa}]", wantErr: "sites[0] (mofa): no seeds, feeds or sitemaps"},
		{name: "bad site URL", yaml: "sites: [{feeds: ['ftp://a.gov/feed']}]", wantErr: "sites[0].feeds: \"ftp://a.gov/feed\": only http and https"},
		{name: "bad value in a site's scope", yaml: "sites: [{name: b, seeds: [https://b.gov/], scope: {max_depth: -1}}]", wantErr: "sites[0] (b).scope.max_depth: -1 is negative"},
		{name: "bad regexp in a site's scope", yaml: "sites: [{seeds: [https://b.gov/], scope: {documents: ['[']}}]", wantErr: "sites[0].scope.documents"},
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
