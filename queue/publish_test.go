package queue

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/internal/natstest"
	"github.com/communique/communique/output"
)

// publishedRecords reads every message of the records stream: data (or
// the object it names) by message, in order.
func publishedRecords(t *testing.T, nc *nats.Conn, subject string) []string {
	t.Helper()
	msgs, err := natstest.Messages(t.Context(), nc, subject)
	if err != nil {
		t.Fatal(err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	objects, err := js.ObjectStore(t.Context(), ObjectBucket)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range msgs {
		data := m.Data
		if obj := m.Header.Get(HeaderRecordObject); obj != "" {
			if data, err = objects.GetBytes(t.Context(), obj); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, string(data))
	}
	return out
}

// TestPublisher: records are published as JSON lines; a record published
// again is dropped by the duplicate window, a changed document's record
// (same id, new sha256) is not; a record over the message limit goes
// through the object store.
func TestPublisher(t *testing.T) {
	nc := startServer(t)
	const subject = "records.out"
	p, err := NewPublisher(t.Context(), nc, Config{}, subject)
	if err != nil {
		t.Fatal(err)
	}
	src := func(path, sha string) corpus.Source { return corpus.Source{Path: path, SHA256: sha, Size: 10} }
	a := output.NewErrorRecord(src("a.txt", "s1"), "decode: empty file")
	b := output.NewErrorRecord(src("b.txt", "s1"), "decode: empty file")
	big := output.NewErrorRecord(src("big.txt", "s1"), "clean: "+strings.Repeat("x", 2*testMaxPayload))
	aChanged := output.NewErrorRecord(src("a.txt", "s2"), "decode: binary garbage")
	for _, batch := range [][]output.Record{{a, b, big}, {a, big}, {aChanged}} {
		for _, r := range batch {
			if err := p.Write(t.Context(), r); err != nil {
				t.Fatal(err)
			}
		}
		if err := p.Flush(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range []output.Record{a, b, big, aChanged} {
		var buf bytes.Buffer
		j := output.NewJSONL(&buf)
		if err := j.Write(t.Context(), r); err != nil {
			t.Fatal(err)
		}
		if err := j.Close(t.Context()); err != nil {
			t.Fatal(err)
		}
		want = append(want, strings.TrimSuffix(buf.String(), "\n"))
	}
	got := publishedRecords(t, nc, subject)
	if len(got) != len(want) {
		t.Fatalf("%d messages, want %d (the repeats dropped)", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("message %d:\n got %.200s\nwant %.200s", i, got[i], want[i])
		}
		if !json.Valid([]byte(got[i])) {
			t.Errorf("message %d is not JSON", i)
		}
	}
}

// TestPublisherSubjects: the queue's own subjects and an empty one cannot
// take records; a stream the user made for the subject is used as it is.
func TestPublisherSubjects(t *testing.T) {
	nc := startServer(t)
	for _, s := range []string{"", TaskSubject, FailedSubject} {
		if _, err := NewPublisher(t.Context(), nc, Config{}, s); err == nil {
			t.Errorf("NewPublisher(%q): no error", s)
		}
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.CreateStream(t.Context(), jetstream.StreamConfig{Name: "MINE", Subjects: []string{"mine.>"}, Duplicates: 3 * time.Hour}); err != nil {
		t.Fatal(err)
	}
	if _, err := NewPublisher(t.Context(), nc, Config{}, "mine.records"); err != nil {
		t.Fatalf("subject of the user's stream: %v", err)
	}
	if _, err := js.Stream(t.Context(), RecordStream); err == nil {
		t.Errorf("%s created although MINE takes the subject", RecordStream)
	}
}
