package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// chartID is the go-echarts chart id: fixed, so that output is
// deterministic, and a JavaScript identifier fragment, since go-echarts
// writes "let goecharts_<id>".
const chartID = "timeline"

// eraSeries names the series that shades the eras; it is not in the legend.
const eraSeries = "Eras (shading)"

// js is raw JavaScript in the option: an expression over tl, the chart
// instance of timeline.js (its drawing functions and theme colours). Only
// constant strings of this package go through it, never user text.
func js(expr string) types.FuncStr { return opts.FuncOpts(expr) }

type obj = map[string]any

// chartOption builds the ECharts option with go-echarts and returns it as
// a JavaScript object literal, re-escaped, to be evaluated where tl names
// the chart instance (see timeline.js). User text reaches the option only
// as lane labels (series names, legend, y axis), neutralised; titles,
// descriptions, quotes and links stay in the page's data blob and list.
// The option has no ECharts aria label: timeline.js names the chart's
// focusable container instead (see the package documentation).
func chartOption(m *model) (string, error) {
	c := charts.NewCustom()
	// The y axis lists lanes bottom up: an inverse category axis would be
	// simpler, but ECharts 6 then misplaces the alternating lane bands.
	// cat(l) is the category index of lane l.
	n := len(m.lanes)
	cat := func(l int) int { return n - 1 - l }
	cats := make([]string, n)
	names := make([]string, len(m.lanes))
	colors := make([]string, 0, len(m.lanes)+1)
	for i, l := range m.lanes {
		names[i] = neutralise(l.label)
		cats[cat(i)] = names[i]
		colors = append(colors, l.color)
	}
	colors = append(colors, otherColor)

	c.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: chartID, Width: "100%", Height: strconv.Itoa(m.height) + "px"}),
		charts.WithAnimation(false),
		charts.WithColorsOpts(colors),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Icon: "circle", Top: "6", Data: names, ItemWidth: 10, ItemHeight: 10}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", TriggerOn: "mousemove|click", Enterable: opts.Bool(true), Formatter: js("tl.tooltip")}),
		charts.WithGridOpts(opts.Grid{Left: strconv.Itoa(m.gridL), Right: "36", Top: strconv.Itoa(m.gridTop), Bottom: strconv.Itoa(gridBottom)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time", Min: m.axis.start, Max: m.axis.end}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: cats}),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: []int{0}, FilterMode: "weakFilter"},
			opts.DataZoom{Type: "inside", XAxisIndex: []int{0}, FilterMode: "weakFilter"},
		),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "20", Top: "2"}), // features: VisitToolbox
	)

	// Data items are bare arrays, [start ms, end ms, lane category, event
	// index, row, style (mark, hollow and rank class)], rather than
	// go-echarts' {"value": [...]} objects: a tenth less option for a large
	// timeline.
	for l := range m.lanes {
		data := [][6]int64{}
		for i := range m.items {
			if !m.placed[i] || m.items[i].lane != l {
				continue
			}
			it := &m.items[i]
			style := int64(it.mark) | int64(it.rank)<<styleRankShift
			if it.hollow {
				style |= styleHollow
			}
			data = append(data, [6]int64{it.at.start, it.at.end, int64(cat(l)), int64(i), int64(it.row), style})
		}
		c.AddSeries(names[l], nil,
			charts.WithCustomChartOpts(opts.CustomChart{RenderItem: js("tl.renderItem")}),
			charts.WithEncodeOpts(opts.Encode{X: []int{0, 1}, Y: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: m.lanes[l].color}),
		)
		c.MultiSeries[len(c.MultiSeries)-1].Data = data
	}
	if len(m.eras) > 0 {
		data := make([][4]int64, len(m.eras))
		for i, e := range m.eras {
			data[i] = [4]int64{e.at.start, e.at.end, 0, int64(i)}
		}
		c.AddSeries(eraSeries, nil,
			charts.WithCustomChartOpts(opts.CustomChart{RenderItem: js("tl.renderEra")}),
			charts.WithEncodeOpts(opts.Encode{X: []int{0, 1}, Y: 2}),
		)
		c.MultiSeries[len(c.MultiSeries)-1].Data = data
	}
	c.Accept(visitor{m: m})

	snip := c.RenderSnippet()
	lit, err := optionLiteral(snip.Script)
	if err != nil {
		return "", err
	}
	lit, err = escapeChartScript(lit)
	if err != nil {
		return "", err
	}
	if strings.Contains(lit, funcMarker) {
		return "", fmt.Errorf("render: a function marker %q survived in the chart option", funcMarker)
	}
	return lit, nil
}

// optionLiteral cuts the option object out of the script go-echarts
// writes ("let option_<id> = {...};" before "goecharts_<id>.setOption"):
// timeline.js creates the chart itself, in the container the script
// belongs to, rather than by a fixed element id.
func optionLiteral(script string) (string, error) {
	const start = "let option_" + chartID + " = "
	i := strings.Index(script, start)
	if i < 0 {
		return "", fmt.Errorf("render: go-echarts wrote no %q: %.120q", start, script)
	}
	rest := script[i+len(start):]
	j := strings.Index(rest, "goecharts_"+chartID+".setOption(option_"+chartID+")")
	if j < 0 {
		return "", fmt.Errorf("render: go-echarts wrote no setOption after the option: %.120q", rest)
	}
	lit := strings.TrimRight(strings.TrimSpace(rest[:j]), ";")
	if !strings.HasPrefix(lit, "{") || !strings.HasSuffix(lit, "}") {
		return "", fmt.Errorf("render: the option go-echarts wrote is not an object: %.80q … %.40q", lit, lit[max(0, len(lit)-40):])
	}
	return lit, nil
}

// visitor adds what go-echarts v2.6.7 does not model (see the package
// documentation): root useUTC and text style, ECharts 6 axis breaks,
// tooltip confinement and class, lane bands, series clipping and z, and
// colours that follow the page's theme (expressions over tl.theme, which
// timeline.js reads from the CSS variables).
type visitor struct {
	charts.BaseConfigurationVisitor
	m *model
}

func (v visitor) Visit(o map[string]any) {
	o["useUTC"] = true
	o["textStyle"] = obj{"fontFamily": js("tl.theme.font"), "color": js("tl.theme.text")}
	o["backgroundColor"] = "transparent"
	delete(o, "title")
}

type tooltipX struct {
	opts.Tooltip
	Confine         bool          `json:"confine"`
	RenderMode      string        `json:"renderMode"`
	ClassName       string        `json:"className"`
	ExtraCSS        string        `json:"extraCssText"`
	BackgroundColor types.FuncStr `json:"backgroundColor"`
	BorderColor     types.FuncStr `json:"borderColor"`
	Padding         []int         `json:"padding"`
	TextStyle       obj           `json:"textStyle"`
	TransitionDur   float64       `json:"transitionDuration"`
}

func (v visitor) VisitTooltipOpt(t opts.Tooltip) any {
	return tooltipX{
		Tooltip: t, Confine: true, RenderMode: "html", ClassName: "tl-tooltip",
		ExtraCSS:        "max-width:380px;white-space:normal;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);",
		BackgroundColor: js("tl.theme.tipBg"), BorderColor: js("tl.theme.line"),
		Padding: []int{10, 12}, TextStyle: obj{"color": js("tl.theme.text"), "fontSize": 13},
		TransitionDur: 0,
	}
}

type legendX struct {
	opts.Legend
	TextStyle     obj           `json:"textStyle"`
	InactiveColor types.FuncStr `json:"inactiveColor"`
	PageTextStyle obj           `json:"pageTextStyle"`
}

func (v visitor) VisitLegendOpt(l opts.Legend) any {
	return legendX{Legend: l, TextStyle: obj{"color": js("tl.theme.text"), "fontSize": 12},
		InactiveColor: js("tl.theme.faint"), PageTextStyle: obj{"color": js("tl.theme.muted")}}
}

type xAxisX struct {
	opts.XAxis
	AxisLabel        obj   `json:"axisLabel"`
	AxisLine         obj   `json:"axisLine"`
	AxisTick         obj   `json:"axisTick"`
	SplitLine        obj   `json:"splitLine"`
	Breaks           []obj `json:"breaks,omitempty"`
	BreakArea        obj   `json:"breakArea,omitempty"`
	BreakLabelLayout obj   `json:"breakLabelLayout,omitempty"`
}

func (v visitor) VisitXAxis(xs []opts.XAxis) any {
	out := make([]any, len(xs))
	for i, x := range xs {
		// The ticks are round years, computed for the width of the page
		// (tl.ticks); ECharts picks them itself for spans under three years.
		xx := xAxisX{
			XAxis: x,
			AxisLabel: obj{"formatter": js("tl.axisLabel"), "hideOverlap": js("tl.tickHide()"), "color": js("tl.theme.muted"),
				"fontSize": 11, "margin": 10, "customValues": js("tl.ticks()"), "rich": js("tl.tickRich()")},
			AxisLine:  obj{"show": true, "lineStyle": obj{"color": js("tl.theme.axis")}},
			AxisTick:  obj{"show": true, "lineStyle": obj{"color": js("tl.theme.axis")}, "customValues": js("tl.ticks()")},
			SplitLine: obj{"show": true, "lineStyle": obj{"color": js("tl.theme.grid"), "type": "dashed"}},
		}
		for _, b := range v.m.breaks {
			xx.Breaks = append(xx.Breaks, obj{"start": b.start, "end": b.end, "gap": "4%"})
		}
		if len(xx.Breaks) > 0 {
			xx.BreakArea = obj{"show": true, "expandOnClick": false, "zigzagAmplitude": 4, "zigzagZ": 2,
				"itemStyle": obj{"color": js("tl.theme.brk"), "borderColor": js("tl.theme.axis"), "borderWidth": 1,
					"borderType": []int{3, 3}, "opacity": 1}}
			xx.BreakLabelLayout = obj{"moveOverlap": "auto"}
		}
		out[i] = xx
	}
	return out
}

type yAxisX struct {
	opts.YAxis
	AxisLabel obj `json:"axisLabel"`
	AxisLine  obj `json:"axisLine"`
	AxisTick  obj `json:"axisTick"`
	SplitLine obj `json:"splitLine"`
	SplitArea obj `json:"splitArea"`
}

func (v visitor) VisitYAxis(ys []opts.YAxis) any {
	out := make([]any, len(ys))
	for i, y := range ys {
		out[i] = yAxisX{
			YAxis: y,
			AxisLabel: obj{"color": js("tl.theme.text"), "fontWeight": "bold", "fontSize": 12, "margin": 14,
				"width": v.m.gridL - 22, "overflow": "truncate", "ellipsis": "…"},
			AxisLine:  obj{"show": false},
			AxisTick:  obj{"show": false},
			SplitLine: obj{"show": false},
			SplitArea: obj{"show": true, "areaStyle": obj{"color": js("[tl.theme.band, tl.theme.band2]")}},
		}
	}
	return out
}

type seriesX struct {
	charts.SingleSeries
	Clip     bool `json:"clip"`
	Z        int  `json:"z"`
	Silent   bool `json:"silent,omitempty"`
	Emphasis obj  `json:"emphasis"`
}

func (v visitor) VisitSeriesOpt(ss charts.MultiSeries) any {
	out := make([]any, len(ss))
	for i, s := range ss {
		x := seriesX{SingleSeries: s, Clip: true, Z: 3, Emphasis: obj{"focus": "none"}}
		if s.Name == eraSeries {
			x.Clip, x.Z, x.Silent = false, 1, true
		}
		out[i] = x
	}
	return out
}

type dataZoomX struct {
	opts.DataZoom
	Height          int           `json:"height,omitempty"`
	Bottom          int           `json:"bottom,omitempty"`
	LabelFormatter  types.FuncStr `json:"labelFormatter,omitempty"`
	BorderColor     types.FuncStr `json:"borderColor,omitempty"`
	FillerColor     types.FuncStr `json:"fillerColor,omitempty"`
	BackgroundColor types.FuncStr `json:"backgroundColor,omitempty"`
	TextStyle       obj           `json:"textStyle,omitempty"`
	DataBackground  obj           `json:"dataBackground,omitempty"`
	HandleStyle     obj           `json:"handleStyle,omitempty"`
	MoveHandleStyle obj           `json:"moveHandleStyle,omitempty"`
	BrushSelect     *bool         `json:"brushSelect,omitempty"`
	ShowDataShadow  *bool         `json:"showDataShadow,omitempty"`
}

func (v visitor) VisitDataZooms(dz []opts.DataZoom) any {
	out := make([]any, len(dz))
	no := false
	for i, d := range dz {
		x := dataZoomX{DataZoom: d}
		if d.Type == "slider" {
			x.Height, x.Bottom = 22, 14
			x.LabelFormatter = js("tl.zoomLabel")
			x.BorderColor = js("tl.theme.line")
			x.FillerColor = js("tl.theme.zoom")
			x.BackgroundColor = js("tl.theme.band")
			x.TextStyle = obj{"color": js("tl.theme.muted")}
			x.HandleStyle = obj{"color": js("tl.theme.tipBg"), "borderColor": js("tl.theme.axis")}
			x.MoveHandleStyle = obj{"color": js("tl.theme.axis")}
			x.BrushSelect, x.ShowDataShadow = &no, &no
		}
		out[i] = x
	}
	return out
}

type toolboxX struct {
	opts.Toolbox
	IconStyle obj `json:"iconStyle"`
	Feature   obj `json:"feature"`
}

func (v visitor) VisitToolbox(t opts.Toolbox) any {
	return toolboxX{Toolbox: t, IconStyle: obj{"borderColor": js("tl.theme.muted")}, Feature: obj{
		"saveAsImage": obj{"show": true, "type": "png", "name": "timeline", "title": "Save as PNG",
			"backgroundColor": js("tl.theme.bg"), "pixelRatio": 2},
		"restore": obj{"show": true, "title": "Show all"},
	}}
}
