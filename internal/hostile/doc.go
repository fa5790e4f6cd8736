// Package hostile is a test server that answers the way a compromised,
// broken or malicious API could: escape sequences and spoofing characters in
// every string, absurd sizes, JSON of the wrong shape, bodies that are empty,
// cut, endless or compressed into a bomb, stalls, and redirects that would
// carry credentials to another host. Tests of every package share it, so a
// protection proved in api is proved against the same attacks in the binary.
//
// It is ordinary (not _test) code so that tests in several packages can
// import it, but only tests may: nothing in the program imports it.
//
// Each scenario is served at /v3/customers/<scenario-id>, so any client that
// fetches a customer can be pointed at it by choosing the ID. List scenarios
// (ListScenarios) are served the same way at /v3/resellers/<id>/customers
// and /v3/customers/<id>/orders or /subscriptions; Lister serves a list of
// one's own for tests and benchmarks. Scan checks the
// bytes a program wrote for anything that could drive a terminal.
package hostile
