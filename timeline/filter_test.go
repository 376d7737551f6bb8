package timeline

import (
	"strings"
	"testing"
)

func filterFixture(t *testing.T) *Timeline {
	t.Helper()
	ev := func(id, date, group string, tags ...string) Event {
		return Event{ID: id, Date: mustDate(t, date), Title: id, Group: group, Tags: tags}
	}
	return &Timeline{
		Groups: []Group{{ID: "ops"}, {ID: "politics"}, {ID: "media"}},
		Eras:   []Era{{Label: "early", Date: mustDate(t, "1960/1970")}, {Label: "late", Date: mustDate(t, "2024-07-28/..")}},
		Events: []Event{
			ev("cohen", "196X", "ops", "espionage"),
			ev("purge", "2009", "politics", "purge", "intelligence"),
			ev("natanz", "2020", "ops", "nuclear"),
			ev("fakhrizadeh", "2020-11-27", "ops", "nuclear", "assassination"),
			ev("haniyeh", "2024-07-31", "ops", "assassination"),
			ev("editorial", "2024-08-01", "media", "intelligence"),
		},
	}
}

func TestOnly(t *testing.T) {
	cases := []struct {
		sel  []string
		want string // kept ids
		eras string
	}{
		{nil, "cohen purge natanz fakhrizadeh haniyeh editorial", "early late"},
		{[]string{"ops"}, "cohen natanz fakhrizadeh haniyeh", "early late"},
		{[]string{"assassination"}, "fakhrizadeh haniyeh", "late"},
		{[]string{"2020"}, "natanz fakhrizadeh", ""},
		{[]string{"2020-11/2024-07-31"}, "natanz fakhrizadeh haniyeh", "late"},
		{[]string{"2024-08/.."}, "editorial", "late"},
		{[]string{"../1965"}, "cohen", "early"},
		{[]string{"media", "purge"}, "purge editorial", "late"},
		{[]string{"1965"}, "cohen", "early"}, // a year inside the decade overlaps it
	}
	for _, c := range cases {
		got, err := Only(filterFixture(t), c.sel)
		if err != nil {
			t.Errorf("Only(%q): %v", c.sel, err)
			continue
		}
		var ids, eras []string
		for _, e := range got.Events {
			ids = append(ids, e.ID)
		}
		for _, e := range got.Eras {
			eras = append(eras, e.Label)
		}
		if strings.Join(ids, " ") != c.want || strings.Join(eras, " ") != c.eras {
			t.Errorf("Only(%q) = %v, eras %v; want %s, eras %s", c.sel, ids, eras, c.want, c.eras)
		}
	}
}

func TestOnlyDropsEmptyGroups(t *testing.T) {
	got, _ := Only(filterFixture(t), []string{"media"})
	if len(got.Groups) != 1 || got.Groups[0].ID != "media" {
		t.Errorf("groups %v, want only media", got.Groups)
	}
}

func TestOnlyUnknownSelector(t *testing.T) {
	_, err := Only(filterFixture(t), []string{"operations"})
	if err == nil {
		t.Fatal("no error for a selector that picks nothing")
	}
	for _, want := range []string{`"operations"`, "media, ops, politics", "assassination"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}
