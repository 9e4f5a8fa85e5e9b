package score

// keySet is the set of keys an item is known by (a name, its acronym, its
// aliases).
type keySet []string

func (a keySet) intersects(b keySet) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func (a keySet) intersectsSet(b map[string]bool) bool {
	for _, x := range a {
		if b[x] {
			return true
		}
	}
	return false
}

// matchResult is the outcome of matching one record's items with the gold.
type matchResult struct {
	tp, fp, fn int
	falsePred  []int // indexes of predicted items that are false hits
	missedGold []int // indexes of gold items not matched
}

// matchSets matches predicted items to gold items in order: each predicted
// item takes the first unused gold item sharing a key; one that matches
// none but shares a key with an optional item is ignored; the rest are
// false hits. A duplicate of an already matched gold item is a false hit.
func matchSets(pred, gold []keySet, optional map[string]bool) matchResult {
	used := make([]bool, len(gold))
	var m matchResult
	for i, keys := range pred {
		hit := -1
		for j, g := range gold {
			if !used[j] && keys.intersects(g) {
				hit = j
				break
			}
		}
		switch {
		case hit >= 0:
			used[hit] = true
			m.tp++
		case keys.intersectsSet(optional):
		default:
			m.fp++
			m.falsePred = append(m.falsePred, i)
		}
	}
	for j, u := range used {
		if !u {
			m.fn++
			m.missedGold = append(m.missedGold, j)
		}
	}
	return m
}

// valueKey is the key of a date value: a string is itself; any other JSON
// value gets a key no gold string can have.
func valueKey(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return "\x00" + pyRepr(v)
}

func setOf(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// scoreDates matches the record's distinct truthy date values.
func scoreDates(pred any, g GoldRecord) (matchResult, []any) {
	var values []any
	for _, d := range pyIter(or(get(pred, "dates", nil), []any{})) {
		v := d
		if _, ok := d.(map[string]any); ok {
			v = get(d, "value", nil)
		}
		if !truthy(v) || containsEqual(values, v) {
			continue
		}
		values = append(values, v)
	}
	pk := make([]keySet, len(values))
	for i, v := range values {
		pk[i] = keySet{valueKey(v)}
	}
	gk := make([]keySet, len(g.Dates))
	for i, v := range g.Dates {
		gk[i] = keySet{v}
	}
	return matchSets(pk, gk, setOf(g.DatesOptional)), values
}

func containsEqual(list []any, v any) bool {
	for _, x := range list {
		if pyEqual(x, v) {
			return true
		}
	}
	return false
}

// scorePeople matches people by name key.
func scorePeople(pred any, g GoldRecord) (matchResult, []any) {
	items := pyIter(or(get(pred, "people", nil), []any{}))
	names := make([]any, len(items))
	pk := make([]keySet, len(items))
	for i, p := range items {
		if _, ok := p.(map[string]any); ok {
			names[i] = get(p, "name", "")
			pk[i] = keySet{personKey(text(names[i]))}
		} else {
			names[i] = pyStr(p)
			pk[i] = keySet{personKey(pyStr(p))}
		}
	}
	gk := make([]keySet, len(g.People))
	for i, p := range g.People {
		ks := keySet{personKey(p.Name)}
		for _, a := range p.Aliases {
			ks = addKey(ks, personKey(a))
		}
		gk[i] = ks
	}
	opt := make(map[string]bool, len(g.PeopleOptional))
	for _, n := range g.PeopleOptional {
		opt[personKey(n)] = true
	}
	return matchSets(pk, gk, opt), names
}

func addKey(ks keySet, k string) keySet {
	for _, x := range ks {
		if x == k {
			return ks
		}
	}
	return append(ks, k)
}

// scoreAgencies matches agencies: a predicted agency is known by its name
// and acronym (not by aliases it claims); a gold agency by its name,
// acronym and aliases.
func scoreAgencies(pred any, g GoldRecord) (matchResult, []any) {
	items := pyIter(or(get(pred, "agencies", nil), []any{}))
	names := make([]any, len(items))
	pk := make([]keySet, len(items))
	for i, a := range items {
		if s, ok := a.(string); ok {
			names[i] = s
			pk[i] = keySet{agencyKey(s)}
			continue
		}
		names[i] = get(a, "name", "")
		var ks keySet
		if k := agencyKey(text(names[i])); k != "" {
			ks = append(ks, k)
		}
		if acr := get(a, "acronym", nil); truthy(acr) {
			if k := agencyKey(text(acr)); k != "" {
				ks = addKey(ks, k)
			}
		}
		pk[i] = ks
	}
	gk := make([]keySet, len(g.Agencies))
	for i, a := range g.Agencies {
		var ks keySet
		for _, n := range append([]string{a.Name, a.Acronym}, a.Aliases...) {
			if k := agencyKey(n); k != "" {
				ks = addKey(ks, k)
			}
		}
		gk[i] = ks
	}
	opt := make(map[string]bool, len(g.AgenciesOptional))
	for _, n := range g.AgenciesOptional {
		opt[agencyKey(n)] = true
	}
	return matchSets(pk, gk, opt), names
}

// agendaResult adds the parent tally to an agenda match.
type agendaResult struct {
	tp, fp, fn          int
	falseHits, misses   []string
	parentOK, parentAll int
}

// labelOf is the reference's label_key(str(v or "")).
func labelOf(v any) string {
	return labelKey(pyStr(or(v, "")))
}

// scoreAgenda matches agenda items that agree on label and title; items
// marked inline are not scored. For every hit it checks that the parent's
// label agrees with the gold parent.
func scoreAgenda(pred any, g GoldRecord) agendaResult {
	items := pyIter(or(get(pred, "agenda", nil), []any{}))
	used := make([]bool, len(g.Agenda))
	var r agendaResult
	for _, it := range items {
		if truthy(get(it, "inline", nil)) {
			continue
		}
		label := get(it, "label", "")
		lab := labelOf(label)
		title := text(get(it, "title", ""))
		hit := -1
		for j, gi := range g.Agenda {
			if !used[j] && labelOf(gi.Label) == lab && titleSimilar(title, gi.Title, agendaTitleWords, agendaTitleThreshold) {
				hit = j
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			r.tp++
			r.parentAll++
			var plabel any
			switch p := get(it, "parent", nil).(type) {
			case string:
				plabel = p
			default:
				if i, ok := pyInt(p); ok && i >= 0 && i < int64(len(items)) {
					plabel = get(items[i], "label", nil)
				}
			}
			if labelOf(plabel) == labelOf(g.Agenda[hit].Parent) {
				r.parentOK++
			}
			continue
		}
		optional := false
		for _, o := range g.AgendaOptional {
			if labelOf(o.Label) == lab && titleSimilar(title, o.Title, agendaTitleWords, agendaTitleThreshold) {
				optional = true
				break
			}
		}
		if !optional {
			r.fp++
			r.falseHits = append(r.falseHits, pyStr(label)+" "+prefix(title, 60))
		}
	}
	for j, u := range used {
		if !u {
			r.fn++
			r.misses = append(r.misses, pyStr(g.Agenda[j].Label)+" "+prefix(g.Agenda[j].Title, 60))
		}
	}
	return r
}
