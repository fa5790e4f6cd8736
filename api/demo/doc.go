// Package demo is a fake of the Adobe VIP Marketplace partner API and of the
// Adobe IMS token endpoint, small enough to run in-process. It powers
// `vipcx --demo`, `vipcx demo-server` and the tests of every other package.
//
// It deliberately does not import package api: it sends fixed bytes over HTTP
// and checks headers the way the real service does, so a bug in the client
// cannot be hidden by sharing code with the fake.
//
// Routes:
//
//	GET  /v3/customers/{id}                the customer resource, or an Adobe-shaped error
//	GET  /v3/customers/{id}/subscriptions  every subscription (no paging)
//	GET  /v3/customers/{id}/orders         order history: current term by default, paged
//	GET  /v3/resellers/{rid}               the demo reseller's account (ResellerID)
//	GET  /v3/resellers/{rid}/customers     its book, with Adobe's filters, sorting and paging
//	POST /ims/token/v3                     client-credentials tokens (form body only)
//	GET  /partnerservice/ping              "pong"
//
// The book holds every fixture and 300 generated customers (IDs 2000000001
// to 2000000300), built deterministically against a fixed "today"
// (2026-12-03) so every run serves the same bytes. ManyOrdersID,
// OrdersFailID and AutoRenewOffID name the customers that exercise paging,
// a failing orders endpoint and a lapsing subscription.
package demo

// DemoAPIKey is the API key (the integration's client ID) the demo expects in
// X-Api-Key, and the client_id its IMS accepts.
const DemoAPIKey = "vipcx-demo-key"

// DemoClientSecret is the client secret the demo IMS accepts together with
// client_id DemoAPIKey.
const DemoClientSecret = "vipcx-demo-client-secret"

// DemoToken is a static bearer token the demo API always accepts, even after
// RevokeTokens, so `vipcx --demo` needs no token exchange.
const DemoToken = "vipcx-demo-token"
