package main

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// command is one subcommand: its name, a line for the command list, and
// the function that parses its own flags (a standard library FlagSet, so
// single-dash long flags such as -workers keep working) and runs it.
type command struct {
	name, args, short string
	run               func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

// commands are the subcommands, in the order the help lists them.
var commands = []command{
	{"run", "[flags] PATH...", "process files, folders, standard input and URLs", cmdRun},
	{"crawl", "[flags]", "fetch new and changed releases from the web", withoutStdin(cmdCrawl)},
	{"eval", "[flags] [RECORDS]", "score records against a gold set", cmdEval},
	{"learn-chrome", "[flags] PATH... -o FILE", "learn the lines repeated across documents (site chrome)", func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
		return cmdLearnChrome(ctx, args, stdin, stdout, stderr)
	}},
	{"show", "[flags] FILE|URL", "one document's extraction, mentions marked, for reading", withoutStdin(cmdShow)},
	{"serve", "--sqlite FILE|--postgres DSN", "browse a loaded database in a web browser", withoutStdin(cmdServe)},
	{"export", "--sqlite FILE [--format csv|jsonl|text] TABLE|QUERY", "rows of a loaded database", withoutStdin(cmdExport)},
	{"migrate", "--sqlite FILE|--postgres DSN", "bring a database's schema up to date", withoutStdin(cmdMigrate)},
	{"enqueue", "--nats URL PATH...", "queue documents for workers (NATS JetStream)", cmdEnqueue},
	{"worker", "--nats URL [flags]", "process queued documents into a sink", withoutStdin(cmdWorker)},
	{"queue", "--nats URL", "show the queue's counts", withoutStdin(cmdQueue)},
	{"version", "", "print the version and the revision built from", func(_ context.Context, _ []string, _ io.Reader, stdout, _ io.Writer) error {
		_, err := fmt.Fprintln(stdout, versionString())
		return err
	}},
}

// withoutStdin adapts a command that reads no standard input.
func withoutStdin(f func(ctx context.Context, args []string, stdout, stderr io.Writer) error) func(context.Context, []string, io.Reader, io.Writer, io.Writer) error {
	return func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
		return f(ctx, args, stdout, stderr)
	}
}

// newRootCommand is the command tree: cobra dispatches to the subcommands
// and provides help, "did you mean" for commands, shell completion
// ("communique completion bash") and --version; each subcommand parses its
// own flags.
func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "communique",
		Short:         "communique turns press releases and newsletters into normalized records.",
		Long:          "communique turns press releases and newsletters into normalized records.\n\nRun \"communique COMMAND -h\" for a command's flags.",
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	for _, c := range commands {
		run := c.run
		sub := &cobra.Command{
			Use:                strings.TrimSpace(c.name + " " + c.args),
			Short:              c.short,
			DisableFlagParsing: true,
			RunE: func(cmd *cobra.Command, args []string) error {
				return run(cmd.Context(), args, stdin, stdout, stderr)
			},
			// Completes the command's own flags (read from its -h
			// listing), and files otherwise.
			ValidArgsFunction: func(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if !strings.HasPrefix(toComplete, "-") {
					return nil, cobra.ShellCompDirectiveDefault
				}
				var help strings.Builder
				run(cmd.Context(), []string{"-h"}, strings.NewReader(""), io.Discard, &help) //nolint:errcheck // -h prints and returns
				var out []cobra.Completion
				for _, name := range flagNamesIn(help.String()) {
					if strings.HasPrefix("--"+name, toComplete) {
						out = append(out, "--"+name)
					}
				}
				return out, cobra.ShellCompDirectiveNoFileComp
			},
		}
		root.AddCommand(sub)
	}
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	// "communique help CMD" shows the command's own flags, as "CMD -h" does.
	defaultHelp := root.HelpFunc()
	root.SetHelpFunc(func(cmd *cobra.Command, args []string) {
		if cmd != root && cmd.RunE != nil && cmd.DisableFlagParsing {
			cmd.RunE(cmd, []string{"-h"}) //nolint:errcheck // -h returns nil after printing
			return
		}
		defaultHelp(cmd, args)
	})
	return root
}

// commandNames are the names of root's subcommands.
func commandNames(root *cobra.Command) []string {
	var names []string
	for _, c := range root.Commands() {
		names = append(names, c.Name())
	}
	return names
}

// isCobraUsageError reports whether err is cobra's own complaint about the
// command line (an unknown flag of the root command, say).
func isCobraUsageError(err error) bool {
	m := err.Error()
	return strings.HasPrefix(m, "unknown flag") || strings.HasPrefix(m, "unknown shorthand flag") ||
		strings.HasPrefix(m, "unknown command") || strings.Contains(m, "accepts ") || strings.HasPrefix(m, "invalid argument")
}

// flagLine is a flag's line in a standard library FlagSet's listing.
var flagLine = regexp.MustCompile(`(?m)^  -([A-Za-z0-9][A-Za-z0-9-]*)`)

// flagNamesIn are the flag names a command's -h listing shows.
func flagNamesIn(listing string) []string {
	var names []string
	for _, m := range flagLine.FindAllStringSubmatch(listing, -1) {
		names = append(names, m[1])
	}
	return names
}
