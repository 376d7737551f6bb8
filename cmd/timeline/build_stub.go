//go:build !timeline_wip

package main

import "github.com/spf13/cobra"

// Placeholder until curated and render land; build.go holds the real command.
func newBuildCmd(f *Factory, runF func(*struct{}) error) *cobra.Command {
	return &cobra.Command{Use: "build", RunE: func(*cobra.Command, []string) error { return nil }}
}

func newValidateCmd(f *Factory, runF func(*struct{}) error) *cobra.Command {
	return &cobra.Command{Use: "validate", RunE: func(*cobra.Command, []string) error { return nil }}
}
