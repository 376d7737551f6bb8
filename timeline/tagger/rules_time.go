package tagger

// Times of day: "at 2 a.m.", "2:30 p.m. local time", "midnight", "this
// morning", "Friday night". A time takes its date from a date next to it
// ("Wednesday at 10 a.m.", joined by the tagger's refiner) or from the
// anchor.
//
// Watch out for: "2:1" ratios and "3:16" verses (minutes need two digits
// and the hour at most 24); "May 5 at 4" (no meridiem, not a time).

func clock(m *Match) (Expr, bool) {
	v := m.Int("clock")
	e := Expr{Hour: v / 60, Minute: v % 60, HasClock: true}
	switch m.Word("zone") {
	case "utc", "gmt", "z":
		e.UTC = true
	}
	if m.Has("wd") {
		e.Weekday = m.Int("wd")
	}
	return e, true
}

var timeRules = []Rule{
	{
		Name: "time_clock", Type: Time,
		Pattern:  "{clock} [zone=local|standard|eastern|pacific|central|mountain|gmt|utc|est|edt|pst|pdt|cst|cdt|et|pt|bst|cet [time]]",
		Build:    clock,
		Examples: []string{"at [2 a.m.] the", "[2:30 p.m. local time]", "at [midnight].", "about [10am]", "at [14:00 GMT] the"},
	},
	{
		Name: "time_military", Type: Time,
		Pattern: "{hhmm} zone=utc|gmt|z",
		Build: func(m *Match) (Expr, bool) {
			v := m.Int("hhmm")
			return Expr{Hour: v / 100, Minute: v % 100, HasClock: true, UTC: true}, m.m.toks[m.end-1].upper
		},
		Examples: []string{"At [0800 UTC], the banks"},
	},
	{
		Name: "time_midday", Type: Time,
		Pattern: "w=midday|overnight",
		Build: func(m *Match) (Expr, bool) {
			switch m.Word("w") {
			case "midday":
				return Expr{Hour: 12, HasClock: true}, true
			case "overnight":
				return Expr{PartOfDay: "NI"}, true
			}
			return Expr{}, false
		},
		Examples: []string{"at [midday] the", "[overnight] the"},
	},
	{
		Name: "time_mid_pod", Type: Time,
		Pattern: "mid -? pod=afternoon|morning",
		Build: func(m *Match) (Expr, bool) {
			if m.Word("pod") == "morning" {
				return Expr{PartOfDay: "MO"}, true
			}
			return Expr{PartOfDay: "AF"}, true
		},
		Examples: []string{"by [mid-afternoon] the", "[mid afternoon]"},
	},
	{
		Name: "time_hour_in_the_pod", Type: Time,
		Pattern: "{n12:h} [o'clock] in the pod=morning|afternoon|evening",
		Build: func(m *Match) (Expr, bool) {
			h := m.Int("h")
			if m.Word("pod") != "morning" && h < 12 {
				h += 12
			}
			if m.Word("pod") == "morning" && h == 12 {
				h = 0
			}
			return Expr{Hour: h, HasClock: true}, true
		},
		Examples: []string{"at [4 in the morning] the"},
	},
	{
		Name: "time_the_pod", Type: Time,
		Pattern: "the pod=morning|afternoon|evening",
		Build: func(m *Match) (Expr, bool) {
			if w := m.PrevWord(); w != "in" && w != "during" && w != "through" && w != "throughout" {
				return Expr{}, false
			}
			codes := map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV"}
			return Expr{PartOfDay: codes[m.Word("pod")]}, true
		},
		Examples: []string{"trading in [the morning] was"},
	},
	{
		Name: "time_next_pod", Type: Time,
		Pattern: "the dir=next|following|previous|same pod=morning|afternoon|evening|night",
		Build: func(m *Match) (Expr, bool) {
			codes := map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
			off := map[string]int{"next": 1, "following": 1, "previous": -1}[m.Word("dir")]
			return Expr{Rel: Day, Offset: off, Relative: true, Anaphoric: true, PartOfDay: codes[m.Word("pod")]}, true
		},
		Examples: []string{"in court [the next morning]. But"},
	},
	{
		Name: "time_this_pod", Type: Time,
		Pattern: "dir=this|tonight|last|yesterday|tomorrow|today {pod}?",
		Build: func(m *Match) (Expr, bool) {
			e := Expr{Rel: Day, Relative: true}
			switch m.Word("dir") {
			case "tonight":
				if m.Has("pod") {
					return Expr{}, false
				}
				e.PartOfDay = "NI"
				return e, true
			case "last":
				if m.Word("pod") != "night" {
					return Expr{}, false
				}
				e.Offset = -1
			case "yesterday":
				e.Offset = -1
			case "tomorrow":
				e.Offset = 1
			}
			if !m.Has("pod") {
				return Expr{}, false
			}
			e.PartOfDay = partOfDayCodes[m.Int("pod")]
			return e, true
		},
		Examples: []string{"[this morning] the", "[last night]", "[tonight] at", "[yesterday afternoon]"},
	},
	{
		Name: "time_weekday_pod", Type: Time,
		Pattern: "[dir=last|next|this] {weekday:wd} {pod}",
		Build: func(m *Match) (Expr, bool) {
			off, _, _ := offsetOf(m.Word("dir"))
			return Expr{Weekday: m.Int("wd"), Dir: off, PartOfDay: partOfDayCodes[m.Int("pod")]}, true
		},
		Examples: []string{"[Friday morning] the", "[Sunday night]"},
	},
}
