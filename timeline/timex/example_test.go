package timex_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/timeline-tool/timeline/timeline/timex"
)

func ExampleParse() {
	for _, s := range []string{"2024-07-31", "196", "2024-SU", "-0043-03-15", "2020~/2021", "../2020"} {
		v, err := timex.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-12s %-11s %-8s %s\n", s, v, v.Precision(), v.Display())
	}
	// Output:
	// 2024-07-31   2024-07-31  day      31 July 2024
	// 196          196X        decade   1960s
	// 2024-SU      2024-SU     season   Summer 2024
	// -0043-03-15  -0043-03-15 day      15 March 44 BC
	// 2020~/2021   2020~/2021  year     c. 2020 – 2021
	// ../2020      ../2020     year     until 2020
}

func ExampleParseError() {
	_, err := timex.Parse("2024-13-45")
	fmt.Println(err)
	var pe *timex.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("at byte %d: %s\n", pe.Offset, pe.Value[pe.Offset:])
	}
	// Output:
	// month 13 out of range in "2024-13-45"
	// at byte 5: 13-45
}

func ExampleValue_Interval() {
	v, _ := timex.Parse("2024-WI")
	iv := v.Interval()
	fmt.Println(iv.Start.Format(time.DateOnly), "up to", iv.End.Format(time.DateOnly))
	fmt.Println("first and last day:", timex.FormatDate(v.First()), timex.FormatDate(v.Last()))
	// Output:
	// 2024-12-01 up to 2025-03-01
	// first and last day: 2024-12-01 2025-02-28
}

func ExampleValue_DisplayInterval() {
	v, _ := timex.Parse("1965~")
	iv := v.DisplayInterval()
	fmt.Println(v.Display(), "is drawn from", iv.Start.Year(), "to", iv.End.Year()-1)
	// Output:
	// c. 1965 is drawn from 1964 to 1966
}

func ExampleValue_WithInferred() {
	// "on July 31", the year taken from the document date
	v := timex.NewDay(2024, time.July, 31).WithInferred(timex.FieldYear)
	fmt.Println(v, "|", v.Stated(), "|", v.PrecisionLabel())
	// Output:
	// 2024-07-31 | month|day | exact day, year inferred
}

func ExampleBetween() {
	// an event the text places after 31 July and before its own date
	v := timex.Between(timex.NewDay(2024, time.July, 31), timex.NewDay(2024, time.August, 12))
	fmt.Println(v, v.Precision(), "|", v.Display())
	// Output:
	// 2024-07-31/2024-08-12 inferred | between 31 July 2024 and 12 August 2024
}

func ExampleValue_Compatible() {
	year, _ := timex.Parse("2020")
	day, _ := timex.Parse("2020-11-27")
	summer, _ := timex.Parse("2020-SU")
	fmt.Println(year.Compatible(day), day.Compatible(year), summer.Compatible(day))
	// Output:
	// true true false
}

func ExampleFormatDate() {
	fmt.Println(timex.FormatDate(time.Date(-43, time.March, 15, 0, 0, 0, 0, time.UTC)))
	// Output:
	// -0043-03-15
}
