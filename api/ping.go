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
	if c.apiKey.IsZero() {
		return fmt.Errorf("%w: no API key", ErrNoCredentials)
	}
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
	start := c.now()
	resp, err := c.http.Do(req)
	if err != nil {
		c.logAttempt(ctx, req, nil, 1, c.now().Sub(start), err)
		return fmt.Errorf("ping: %w", err)
	}
	defer resp.Body.Close()
	body, readErr := readBody(resp.Body, c.maxBody)
	c.logAttempt(ctx, req, resp, 1, c.now().Sub(start), readErr)
	if resp.StatusCode != http.StatusOK {
		return newError(resp, body, echoedIDs(resp.Header, ids), c.now())
	}
	return readErr
}
