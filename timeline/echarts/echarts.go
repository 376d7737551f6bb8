// Package echarts knows the one ECharts build timeline pages use, and where
// to find it on this machine for pages that must open offline.
package echarts

// The pinned build. Pages built with the CDN form load exactly this file,
// checked by the browser against Integrity; pages built inline embed it
// after its SHA-256 was checked against SHA256.
const (
	Version   = "6.1.0"
	CDNURL    = "https://cdn.jsdelivr.net/npm/echarts@6.1.0/dist/echarts.min.js"
	Integrity = "sha384-C2iskrW/uPW46KzOjrvJIQo4YkV8lkD+QS0CrDN18IIPIpT/g2USu8bTP3nvmIAD"
	SHA256    = "b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0"
)
