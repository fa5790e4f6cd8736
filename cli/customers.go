package cli

import (
	"context"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vipcx/vipcx/api"
	"github.com/vipcx/vipcx/present"
	"github.com/vipcx/vipcx/sanitize"
)

// customerOpts are the flags of `vipcx customers`.
type customerOpts struct {
	name, status, sort, order string
	page                      pageFlags
}

func (a *app) customersCommand() *cobra.Command {
	var o customerOpts
	cmd := &cobra.Command{
		Use:   "customers",
		Short: "List the reseller's customers, found by company name",
		Long: "customers lists the customers of the reseller set by --reseller, $VIPCX_RESELLER_ID or\n" +
			"reseller_id in config.toml: a table of company, customer ID, status and creation date on\n" +
			"stdout, and on stderr how many of how many were shown. --json prints one JSON array of the\n" +
			"accounts exactly as the API sent them, every page joined.\n\n" +
			"--status takes active, pending, inactive, all (active, pending and inactive) or status\n" +
			"codes (1000,1002,1004,1026), several separated by commas: each is listed on its own\n" +
			"(Adobe documents one status per request) and the lists are merged in the chosen order.\n\n" +
			"Exit codes as get: 0 printed (even none), 2 usage or no reseller (nothing sent),\n" +
			"3 credentials, 4 unknown reseller, 5 bad request, 6 API or network failure.",
		Example: "  vipcx customers --demo --name north\n  vipcx customers --status all --sort created --all --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runCustomers(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.name, "name", "", "company name: TEXT matches anywhere in it; with * it is Adobe's wildcard pattern")
	f.StringVar(&o.status, "status", "active", "active, pending, inactive, all, or codes such as 1000,1002")
	f.StringVar(&o.sort, "sort", "name", "sort by name or created")
	f.StringVar(&o.order, "order", "", "asc or desc (default asc by name, desc by created: newest first)")
	o.page.register(cmd, "customers")
	return cmd
}

func (a *app) runCustomers(ctx context.Context, o customerOpts) error {
	plan, err := o.plan()
	if err != nil {
		return err
	}
	rid, err := a.reseller("customers")
	if err != nil {
		return err
	}
	var list *api.List[api.CustomerAccount]
	out, ctx := watchJSON(ctx, o.page.asJSON && len(plan.queries) == 1) // several lists are merged after they are read
	err = a.fetchWith(ctx, "the customer list", func(ctx context.Context, client *api.Client) (err error) {
		list, err = plan.list(ctx, client, rid)
		return err
	})
	if err != nil {
		return err
	}
	if o.page.asJSON {
		err = out.write(a.io.Out, list.Raw)
	} else {
		err = writeRows(a.io.Out, present.AccountHeaders, present.AccountRows(list.Items))
	}
	if err != nil {
		return err
	}
	line := countLine(len(list.Items), list.Total, list.Short, "customers", plan.filter)
	if len(list.Items) == 0 && len(plan.queries) == 1 && plan.queries[0].Status == "1000" {
		line += " — --status all to include pending and inactive customers"
	}
	_, err = a.io.Err.Write([]byte(line + "\n"))
	return err
}

// customerPlan is a validated `customers` invocation: one query per
// status, how many rows, and how to merge the lists.
type customerPlan struct {
	queries []api.CustomerQuery
	max     int
	byName  bool
	asc     bool
	filter  string // for the count line: "active, name *north*"
}

// plan checks every flag before anything is sent.
func (o customerOpts) plan() (customerPlan, error) {
	var p customerPlan
	var err error
	if p.max, err = o.page.max(); err != nil {
		return p, err
	}
	since, until, err := o.page.dates()
	if err != nil {
		return p, err
	}
	statuses, words, err := parseStatuses(o.status)
	if err != nil {
		return p, err
	}
	if p.byName, p.asc, err = sortOrder(o.sort, o.order); err != nil {
		return p, err
	}
	base := api.CustomerQuery{CompanyName: namePattern(o.name), From: since, To: until,
		SortBy: "creationDate", OrderBy: "desc"}
	if p.byName {
		base.SortBy = "companyName"
	}
	if p.asc {
		base.OrderBy = "asc"
	}
	for _, s := range statuses {
		q := base
		q.Status = s
		p.queries = append(p.queries, q)
	}
	p.filter = strings.Join(words, ", ")
	if base.CompanyName != "" {
		p.filter += ", name " + sanitize.Line(base.CompanyName)
	}
	return p, nil
}

// namePattern is what --name sends: text without '*' matches anywhere in
// the company name, so it is wrapped as *TEXT*; a pattern is sent as given.
func namePattern(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || strings.Contains(name, "*") {
		return name
	}
	return "*" + name + "*"
}

// sortOrder reads --sort and --order. Without --order a name sort runs
// A→Z and a date sort newest first, the order each is wanted in.
func sortOrder(sort, order string) (byName, asc bool, err error) {
	switch sort {
	case "name":
		byName = true
	case "created":
	default:
		return false, false, usageError("--sort %q: use name or created", sort)
	}
	switch order {
	case "":
		asc = byName
	case "asc", "desc":
		asc = order == "asc"
	default:
		return false, false, usageError("--order %q: use asc or desc", order)
	}
	return byName, asc, nil
}

// statusWords are --status's words and the codes each lists. "all" is the
// three states a customer can be in; 1026, a filter value Adobe documents
// that no customer has, can still be asked for by code.
var statusWords = map[string][]string{
	"active": {"1000"}, "pending": {"1002"}, "inactive": {"1004"}, "all": {"1000", "1002", "1004"},
}

// statusNames words a code in the count line.
var statusNames = map[string]string{"1000": "active", "1002": "pending", "1004": "inactive", "1026": "1026"}

// parseStatuses reads --status into the codes to list, each once, in the
// order given, with their words for the count line.
func parseStatuses(s string) (codes, words []string, err error) {
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		cs, ok := statusWords[part]
		if !ok && statusNames[part] != "" {
			cs, ok = []string{part}, true
		}
		if !ok {
			return nil, nil, usageError("--status %q: use active, pending, inactive, all or the codes 1000, 1002, 1004, 1026, separated by commas",
				sanitize.Line(part))
		}
		for _, c := range cs {
			if !slices.Contains(codes, c) {
				codes, words = append(codes, c), append(words, statusNames[c])
			}
		}
	}
	return codes, words, nil
}
