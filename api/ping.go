package api

import "context"

// Ping calls Adobe's authenticated health check, GET /partnerservice/ping
// with the API key and bearer token, which validates both
// (https://developer.adobe.com/vipmp/docs/authentication/health-check).
// `vipcx auth login --check` uses it to prove credentials before storing
// them. It makes one attempt: a check should answer now, not retry.
func (c *Client) Ping(ctx context.Context) error {
	k := call{action: "ping", resource: "ping", path: "/partnerservice/ping", attempts: 1}
	_, err := getJSON(ctx, c, k, func([]byte) (struct{}, error) { return struct{}{}, nil })
	return err
}
