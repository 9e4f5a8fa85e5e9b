package web

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestConcurrentBrowsing: 20 clients browse a 10,000-release database at
// once (the list with filters and search, releases, people, agencies,
// places); every page must succeed and the median page take under 50 ms.
// It logs the latency figures. Skipped with -short: building the database
// takes about half a minute.
func TestConcurrentBrowsing(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the 10,000-release load test")
	}
	const (
		records = 10000
		clients = 20
		pages   = 40 // per client
	)
	start := time.Now()
	// COMMUNIQUE_LOAD_DB names a database built by an earlier run, to
	// measure again without building it (about half a minute).
	dbPath := os.Getenv("COMMUNIQUE_LOAD_DB")
	if dbPath == "" {
		dbPath = writeRecords(t, syntheticRecords(records))
	}
	store, ts := newTestServer(t, dbPath)
	t.Logf("built a database of %d releases in %v", records, time.Since(start).Round(time.Millisecond))

	var ids []string
	if err := store.query(t.Context(), func(rows rowScanner) error {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		ids = append(ids, id)
		return nil
	}, "SELECT id FROM records ORDER BY id LIMIT 2000"); err != nil {
		t.Fatal(err)
	}
	var maxPerson, maxAgency, maxPlace int
	for _, m := range []struct {
		table string
		into  *int
	}{{"people", &maxPerson}, {"agencies", &maxAgency}, {"places", &maxPlace}} {
		if err := store.db.QueryRow("SELECT max(id) FROM " + m.table).Scan(m.into); err != nil {
			t.Fatal(err)
		}
	}
	// browse is one client's next page: a mix of what a person clicks.
	browse := func(rng *rand.Rand) string {
		switch rng.IntN(10) {
		case 0:
			return fmt.Sprintf("/?page=%d", 1+rng.IntN(20))
		case 1:
			return fmt.Sprintf("/?agency=%d&page=%d", 1+rng.IntN(maxAgency), 1+rng.IntN(2))
		case 2:
			return fmt.Sprintf("/?q=release+%d&from=2016-01-01", rng.IntN(records))
		case 3:
			return fmt.Sprintf("/?country=jp&from=2018-01-01&to=2019-12-31&page=%d", 1+rng.IntN(5))
		case 4, 5:
			return "/release/" + ids[rng.IntN(len(ids))]
		case 6:
			return fmt.Sprintf("/person/%d", 1+rng.IntN(maxPerson))
		case 7:
			return fmt.Sprintf("/agency/%d", 1+rng.IntN(maxAgency))
		case 8:
			return fmt.Sprintf("/place/%d", 1+rng.IntN(maxPlace))
		default:
			return fmt.Sprintf("/people?page=%d", 1+rng.IntN(10))
		}
	}
	var mu sync.Mutex
	var took []time.Duration
	var failures []string
	var wg sync.WaitGroup
	cpu0 := cpuTime(t)
	begin := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 19))
			for range pages {
				path := browse(rng)
				t0 := time.Now()
				resp, err := ts.Client().Get(ts.URL + path)
				var status int
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status = resp.StatusCode
				}
				d := time.Since(t0)
				mu.Lock()
				took = append(took, d)
				if err != nil || status != http.StatusOK {
					failures = append(failures, fmt.Sprintf("%s: %d %v", path, status, err))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(begin)
	cpu := cpuTime(t) - cpu0
	slices.Sort(took)
	q := func(p float64) time.Duration { return took[int(p*float64(len(took)-1))].Round(100 * time.Microsecond) }
	// The clients and the server share this process: the CPU it got is
	// what the pages cost, and how much of the machine it had.
	share := cpu.Seconds() / wall.Seconds() / float64(runtime.GOMAXPROCS(0))
	t.Logf("%d clients, %d pages in %v (%.0f pages/s): median %v, p90 %v, p99 %v, max %v; CPU %.1f ms a page, %.0f%% of %d CPUs",
		clients, len(took), wall.Round(time.Millisecond), float64(len(took))/wall.Seconds(), q(0.5), q(0.9), q(0.99), q(1),
		float64(cpu.Microseconds())/1000/float64(len(took)), 100*share, runtime.GOMAXPROCS(0))
	if len(failures) > 0 {
		t.Errorf("%d pages failed, first: %s", len(failures), failures[0])
	}
	// With 20 clients always waiting, a page's latency is the CPU queue
	// ahead of it: it scales with the share of the CPUs this process got.
	// When other processes (other packages' tests) held some, the median
	// is judged as it would be with all of them.
	med := q(0.5)
	judged := med
	if share < 1 {
		judged = time.Duration(float64(med) * share)
	}
	switch {
	case judged < 50*time.Millisecond:
		if judged != med {
			t.Logf("median page %v with %.0f%% of the CPUs: %v with all of them", med, 100*share, judged.Round(100*time.Microsecond))
		}
	case share < 0.3:
		t.Logf("median page %v is over 50ms, but other processes held the CPUs (this test had %.0f%% of them): not judged", med, 100*share)
	default:
		t.Errorf("median page %v (%v with all CPUs), want under 50ms", med, judged.Round(100*time.Microsecond))
	}
}

// cpuTime is the CPU time (user and system) the process used so far.
func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
