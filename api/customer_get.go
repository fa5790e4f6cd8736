package api

import (
	"context"
	"net/url"
)

// GetCustomer fetches one customer account.
//
// Adobe documents the endpoint at
// https://developer.adobe.com/vipmp/docs/customer-account/get-customer-account
//
// The ID is validated and the credentials checked before anything is sent.
// A non-200 answer is an *Error; a 200 with an unusable body wraps
// ErrMalformedResponse or ErrResponseTooLarge; transport failures are
// wrapped as they are; cancelling ctx stops at once, retries and backoff
// included. A customer whose customerId is not the ID asked for is
// returned with AskedID set, so WrongID reports it and the caller can say so.
func (c *Client) GetCustomer(ctx context.Context, id string) (*Customer, error) {
	if err := ValidateCustomerID(id); err != nil {
		return nil, err
	}
	k := call{action: "get customer", resource: "customer", path: "/v3/customers/" + url.PathEscape(id)}
	cust, err := getJSON(ctx, c, k, DecodeCustomer)
	if err != nil {
		return nil, err
	}
	cust.AskedID = id
	return cust, nil
}
