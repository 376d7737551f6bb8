// Command timeline turns sources and a curated timeline.yaml into an
// interactive HTML timeline. See README.md.
package main

import "os"

func main() { os.Exit(Main(os.Args[1:], defaultFactory())) }
