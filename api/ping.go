package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/google/uuid"
)

// Ping calls Adobe's authenticated health check, GET /partnerservice/ping
// with the API key and bearer token, which validates both
// (https://developer.adobe.com/vipmp/docs/authentication/health-check).
// `vipcx auth login --check` uses it to prove credentials before storing
// them. It makes one attempt: a check should answer now, not retry.
func (c *Client) Ping(ctx context.Context) error {
	tok, err := c.token(ctx)
	if err != nil {
		return err
	}
	ids := requestIDs{request: uuid.NewString(), correlation: uuid.NewString()}
	actx, cancel := context.WithTimeout(ctx, c.attemptTimeout)
	defer cancel()
	req, err := c.newRequest(actx, "/partnerservice/ping", tok, ids)
	if err != nil {
		return err
	}
	resp, body, readErr, err := c.exchange(ctx, req, 1)
	if err != nil {
		return fmt.Errorf("ping: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return newError(resp, body, echoedIDs(resp.Header, ids), c.now())
	}
	return readErr
}
