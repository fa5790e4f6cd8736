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
//	GET  /v3/customers/{id}   the customer resource, or an Adobe-shaped error
//	POST /ims/token/v3        client-credentials tokens (form body only)
//	GET  /partnerservice/ping "pong"
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
