// Package weblink is the one rule for links timeline will put in front of
// a reader: an absolute http or https URL with a host, no user name, and
// nothing a browser would read differently from what a person sees
// (control characters, backslashes). The page and every export apply it
// themselves, whatever checked the link before.
package weblink

import (
	"net/url"
	"strings"
)

// Parse trims raw and returns it with its parsed form when it passes the
// rule; ok is false for anything else (javascript:, data:, "//host", a
// relative path, user info, control characters, backslashes).
func Parse(raw string) (trimmed string, u *url.URL, ok bool) {
	s := strings.Trim(raw, " \t\n\r\f")
	if s == "" {
		return "", nil, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c == '\\' {
			return "", nil, false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.User != nil || u.Host == "" {
		return "", nil, false
	}
	if scheme := strings.ToLower(u.Scheme); scheme != "http" && scheme != "https" {
		return "", nil, false
	}
	return s, u, true
}
