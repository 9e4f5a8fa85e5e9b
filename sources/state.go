package sources

import (
	"github.com/communique/communique/corpus"

	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// StateFile is the name of the crawl state database inside the state
// directory.
const StateFile = "crawl.db"

// stateSchema is stored in the meta bucket; a store written by an
// incompatible version is refused rather than misread.
const stateSchema = "communique.crawlstate/v1"

var (
	bucketPages = []byte("pages")
	bucketMeta  = []byte("meta")
	keySchema   = []byte("schema")
)

// ErrStateLocked means another crawl holds the state directory.
var ErrStateLocked = errors.New("crawl state is in use by another crawl")

// StateStore is the crawl's memory between runs: for every URL, the
// validators and content hash of the last response whose document was
// emitted (and committed by the sink), and the links of pages crawled for
// links. It is a bbolt file, locked for the lifetime of the store so two
// crawls cannot share it; writes are transactions (fsynced), so a killed
// process leaves either the old or the new state.
type StateStore struct {
	db *bolt.DB
}

// PageState is what the store keeps for one requested URL.
type PageState struct {
	URL string `json:"url"`
	// FinalURL is the URL after redirects, when different.
	FinalURL     string `json:"final_url,omitempty"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// SHA256 is the hash of the body last emitted as a document; a body
	// with the same hash is never emitted again.
	SHA256 string `json:"sha256,omitempty"`
	// Status is the HTTP status of the last answer (0: no answer).
	Status int `json:"status,omitempty"`
	// Error is the failure last emitted as an error record; the same
	// failure again is not re-emitted.
	Error string `json:"error,omitempty"`
	// Links are the outgoing links found in the last 200 answer of a page
	// crawled for links, reused when the page answers 304.
	Links     []StoredLink `json:"links,omitempty"`
	FetchedAt time.Time    `json:"fetched_at"`
	EmittedAt *time.Time   `json:"emitted_at,omitempty"`
}

// StoredLink is a link as kept in PageState.
type StoredLink struct {
	URL        string `json:"u"`
	Attachment bool   `json:"a,omitempty"`
	Sitemap    bool   `json:"s,omitempty"`
	// Hints is what the listing feed said about the page.
	Hints corpus.Meta `json:"h,omitempty"`
}

// OpenState opens (creating if needed) the state store in dir. It fails
// with ErrStateLocked when another process holds it.
func OpenState(dir string) (*StateStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create state dir: %w", err)
	}
	path := filepath.Join(dir, StateFile)
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open %s: %w", path, ErrStateLocked)
		}
		return nil, fmt.Errorf("open crawl state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketPages); err != nil {
			return err
		}
		switch v := meta.Get(keySchema); {
		case v == nil:
			return meta.Put(keySchema, []byte(stateSchema))
		case string(v) != stateSchema:
			return fmt.Errorf("state schema %q, this version reads %q", v, stateSchema)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open crawl state %s: %w", path, err)
	}
	return &StateStore{db: db}, nil
}

// Get returns the state of url; ok is false when the URL is unknown.
func (s *StateStore) Get(url string) (st PageState, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPages).Get([]byte(url))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &st)
	})
	if err != nil {
		return PageState{}, false, fmt.Errorf("read crawl state of %s: %w", url, err)
	}
	return st, ok, nil
}

// Put writes states in one transaction: all or none.
func (s *StateStore) Put(states []PageState) error {
	if len(states) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPages)
		for _, st := range states {
			v, err := json.Marshal(st)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(st.URL), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("write crawl state: %w", err)
	}
	return nil
}

// Len returns the number of URLs in the store.
func (s *StateStore) Len() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketPages).Stats().KeyN
		return nil
	})
	return n, err
}

// Close releases the store and its lock.
func (s *StateStore) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close crawl state: %w", err)
	}
	return nil
}
