package present

import "github.com/vipcx/vipcx/api"

// OrderHeaders are the columns of a customer's order history.
var OrderHeaders = []string{"Date", "Order ID", "Type", "Status", "Items", "Quantity"}

// OrderRow is one order, in OrderHeaders' order: its date, ID, type and
// status in words with their codes, the number of line items and the
// licences they add up to.
func OrderRow(o api.Order) Row {
	cells := []string{Date(o.CreationDate), OrNone(o.OrderID), Coded(api.OrderType, o.OrderType), "",
		Number(len(o.LineItems)), Number(TotalQuantity(o))}
	return statusRow(cells, 3, ResourceStatus(api.OrderStatus, o.Status))
}

// OrderRows is OrderRow for each order.
func OrderRows(os []api.Order) []Row {
	rows := make([]Row, len(os))
	for i, o := range os {
		rows[i] = OrderRow(o)
	}
	return rows
}

// TotalQuantity is the sum of the order's line-item quantities.
func TotalQuantity(o api.Order) int {
	n := 0
	for _, li := range o.LineItems {
		n += int(li.Quantity)
	}
	return n
}

// LineItemHeaders are the columns of an order's line items.
var LineItemHeaders = []string{"Line", "Offer ID", "Quantity", "Subscription", "Status", "Discount code"}

// LineItemRow is one line of an order, in LineItemHeaders' order. A line's
// status uses the order status codes, as Adobe's line items do.
func LineItemRow(li api.LineItem) Row {
	cells := []string{Number(int(li.ExtLineItemNumber)), OrNone(li.OfferID), quantity(li.Quantity),
		OrNone(li.SubscriptionID), "", OrNone(li.DiscountCode)}
	return statusRow(cells, 4, ResourceStatus(api.OrderStatus, li.Status))
}

// LineItemRows is LineItemRow for each line of the order.
func LineItemRows(o api.Order) []Row {
	rows := make([]Row, len(o.LineItems))
	for i, li := range o.LineItems {
		rows[i] = LineItemRow(li)
	}
	return rows
}
