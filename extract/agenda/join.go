package agenda

import (
	"sort"

	"github.com/communique/communique/extract"
)

// Join implements extract.Joiner: the window's items follow the earlier
// ones, offsets shifted and parent indexes counted in the joined list. An
// item that starts in the window's context is the item the previous window
// ended with: it is not repeated, but when the previous window cut it
// short (it ran on past that window's end) it takes the longer reading,
// and items under it keep it as their parent.
func (p Part) Join(next extract.Part, w extract.Window) extract.Part {
	q, ok := next.(Part)
	if !ok {
		return p
	}
	out := p
	// The items the context may read again: those from its start on.
	first := sort.Search(len(out.Items), func(i int) bool { return out.Items[i].Start >= w.Offset })
	byStart := make(map[int]int, len(out.Items)-first)
	for i := first; i < len(out.Items); i++ {
		byStart[out.Items[i].Start] = i
	}
	at := make([]int, len(q.Items)) // window index -> joined index, -1 dropped
	for i, it := range q.Items {
		it.Start += w.Offset
		it.End += w.Offset
		at[i] = -1
		if it.Start < w.From {
			if j, ok := byStart[it.Start]; ok {
				at[i] = j
				if o := &out.Items[j]; it.End > o.End {
					o.End, o.Text = it.End, it.Text
				}
			}
			continue
		}
		it.Parent = nil
		if par := q.Items[i].Parent; par != nil && *par >= 0 && *par < i && at[*par] >= 0 {
			j := at[*par]
			it.Parent = &j
		}
		at[i] = len(out.Items)
		out.Items = append(out.Items, it)
	}
	return out
}
