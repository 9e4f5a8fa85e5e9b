package output

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Schema migrations live in migrations/<dialect>/NNNN_name.sql, one
// transaction each, applied in version order and recorded in the
// schema_migrations table of the database (version, name, applied_at).
// A migration, once released, never changes; a schema change is a new file
// in every dialect with the same version number. Databases of earlier
// releases migrate forward on open (TestDBLegacySQLiteDatabase,
// TestDBLegacyPostgresDatabase).
//
// pressly/goose and golang-migrate were considered and not taken: each
// keeps its versions in a table of its own shape (goose_db_version;
// schema_migrations with a dirty flag), so existing databases would need
// their history translated on first open, and the runner here is the
// small part of it that remains (this file, and per dialect the lock and
// the loop: BEGIN IMMEDIATE for SQLite, an advisory lock for PostgreSQL).
//
//go:embed migrations/*/*.sql
var migrationFiles embed.FS

// migration is one versioned schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the dialect's migrations in version order.
func migrations(dialect string) ([]migration, error) {
	dir := path.Join("migrations", dialect)
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".sql")
		num, label, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name is not NNNN_name.sql", e.Name())
		}
		body, err := fs.ReadFile(migrationFiles, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ms = append(ms, migration{version: v, name: label, sql: string(body)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("two migrations with version %d", ms[i].version)
		}
	}
	return ms, nil
}

// pendingMigrations returns the migrations not in applied, or an error when
// the database has a version this program does not know: it was migrated by
// a newer release, and writing to it could corrupt it.
func pendingMigrations(all []migration, applied []int) ([]migration, error) {
	known := map[int]bool{}
	for _, m := range all {
		known[m.version] = true
	}
	done := map[int]bool{}
	for _, v := range applied {
		if !known[v] {
			return nil, fmt.Errorf("database schema version %d is newer than this program knows (%d): upgrade communique", v, all[len(all)-1].version)
		}
		done[v] = true
	}
	var todo []migration
	for _, m := range all {
		if !done[m.version] {
			todo = append(todo, m)
		}
	}
	return todo, nil
}
