package api

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestGetReseller(t *testing.T) {
	h := setup(t)
	body := `{"resellerId":"1000123456","distributorId":"dist-1","status":"1000","companyProfile":{"companyName":"Reseller \u001b[2JInc",` +
		`"preferredLanguage":"en-US","marketSegments":"COM","address":{"country":"US"},"contacts":[{"firstName":"Ann"}]},` +
		`"creationDate":"2020-01-02T03:04:05Z","links":{"self":{"uri":"/v3/resellers/1000123456"}}}`
	h.handle("/v3/resellers/", serve(reply{200, jsonType, body, nil}))
	r, err := h.client.GetReseller(context.Background(), "1000123456")
	if err != nil {
		t.Fatal(err)
	}
	if r.CompanyProfile.CompanyName != "Reseller Inc" || r.DistributorID != "dist-1" || len(r.CompanyProfile.MarketSegments) != 1 ||
		r.CreationDate.Time.Year() != 2020 || string(r.Raw) != body || r.Links.Self == nil {
		t.Errorf("reseller %+v", r)
	}
	if p := h.requests()[0].URL.Path; p != "/v3/resellers/1000123456" {
		t.Errorf("path %s", p)
	}
	if _, err := h.client.GetReseller(context.Background(), "../x"); err == nil {
		t.Error("bad reseller ID sent")
	}
}

func TestListSubscriptionsDecodes(t *testing.T) {
	h := setup(t)
	body := `{"totalCount":2,"items":[` +
		`{"subscriptionId":"s1","offerId":"65304470CA01A12","currentQuantity":"10","usedQuantity":7,"renewedQuantity":10,` +
		`"autoRenewal":{"enabled":"true","renewalQuantity":12,"renewalCode":"R","flexDiscountCodes":["A","B"]},` +
		`"creationDate":"2024-10-01T00:00:00Z","renewalDate":"2026-10-01","status":"1009","currencyCode":"USD",` +
		`"deployToId":"dep-9","allowedActions":["UPDATE"],"links":{"self":{"uri":"/x"}}},` +
		`{"subscriptionId":"s2","offerId":"\u202eevil","deploymentId":"dep-1","autoRenewal":{"enabled":false}}],"links":{}}`
	h.handle("/v3/customers/", serve(reply{200, jsonType, body, nil}))
	l, err := h.client.ListSubscriptions(context.Background(), testID)
	if err != nil {
		t.Fatal(err)
	}
	if h.requests()[0].URL.Path != "/v3/customers/"+testID+"/subscriptions" {
		t.Errorf("path %s", h.requests()[0].URL.Path)
	}
	if l.Total != 2 || len(l.Items) != 2 || l.Short {
		t.Fatalf("list %+v", l)
	}
	s := l.Items[0]
	if s.CurrentQuantity != 10 || !bool(s.AutoRenewal.Enabled) || s.AutoRenewal.RenewalQuantity != 12 ||
		len(s.AutoRenewal.FlexDiscountCodes) != 2 || s.DeploymentID != "dep-9" || s.Status != "1009" {
		t.Errorf("subscription %+v", s)
	}
	if d, ok := s.Renewal(); !ok || !d.Equal(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("renewal %v %v", d, ok)
	}
	if l.Items[1].DeploymentID != "dep-1" || strings.ContainsRune(l.Items[1].OfferID, '\u202e') {
		t.Errorf("second %+v", l.Items[1])
	}
	if !strings.HasPrefix(string(l.Raw[1]), `{"subscriptionId":"s2","offerId":"\u202eevil"`) {
		t.Errorf("raw not as sent: %s", l.Raw[1])
	}
}

func TestOrderPageDecodes(t *testing.T) {
	body := `{"totalCount":1,"count":1,"offset":0,"limit":100,"items":[{"orderId":"O1","customerId":"` + testID + `",` +
		`"orderType":"NEW","status":"1000","creationDate":"2025-01-02T03:04:05Z","lineItems":[{"extLineItemNumber":1,` +
		`"offerId":"X","quantity":"5","subscriptionId":"s1","remainingQuantity":2}],"cancellingItems":[{"quantity":1}]}],` +
		`"links":{"next":{"uri":"https://evil.example/v3/x"}}}`
	p, err := decodePage[Order]([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	o := p.Items[0]
	if p.Total != 1 || p.Limit != 100 || o.LineItems[0].Quantity != 5 || o.LineItems[0].RemainingQuantity != 2 ||
		len(o.CancellingItems) != 1 || o.CreationDate.IsZero() || p.Links.Next == nil {
		t.Errorf("page %+v", p)
	}
	if _, err := decodePage[Order]([]byte(`{"totalCount":1,"items":{"a":1}}`)); err == nil {
		t.Error("an object where the array belongs was accepted")
	}
	if _, err := decodePage[Order]([]byte(`{"items":[{"orderId":"O1","lineItems":[{"quantity":1e999}]}]}`)); err == nil {
		t.Error("a quantity of 1e999 was accepted")
	}
}

func TestPageRefusesDeepNestingAndWrongShapes(t *testing.T) {
	deep := `{"items":[` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `]}`
	for _, body := range []string{deep, `[1,2]`, ``, `{"items":[1]}`, `{"items":[{"orderId":"a"}]`} {
		if _, err := decodePage[Order]([]byte(body)); !errors.Is(err, ErrMalformedResponse) {
			t.Errorf("%.30s: err = %v, want ErrMalformedResponse", body, err)
		}
	}
}
